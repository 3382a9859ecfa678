package io.viralscope.app.store;

import io.viralscope.app.UserError;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What --db and store.path name, and what messages show of a URL. */
class StoreLocationTest {

    @TempDir
    Path home;

    @Test
    void aJdbcUrlIsADatabaseAndAnythingElseAFile() {
        assertThat(StoreLocation.parse("jdbc:postgresql://db.example.com:5432/vs", Path::of))
                .isEqualTo(new StoreLocation.PostgresDatabase("jdbc:postgresql://db.example.com:5432/vs"));
        assertThat(StoreLocation.parse("data/v.db", Path::of)).isEqualTo(StoreLocation.file(Path.of("data/v.db")));
        assertThat(StoreLocation.parse("jdbc:postgresql://h/vs", Path::of).dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(StoreLocation.parse("v.db", Path::of).dialect()).isEqualTo(Dialect.SQLITE);
    }

    @Test
    void aJdbcUrlOfAnotherDatabaseIsRefusedRatherThanTakenForAFile() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://h:3306/vs?password=x", Path::of))
                .isInstanceOf(UserError.class).hasMessage("The store 'mysql' named by a JDBC URL is not one"
                        + " Viralscope keeps; name an SQLite file, or a PostgreSQL database as"
                        + " jdbc:postgresql://host:port/db.");
    }

    @Test
    void messagesShowTheUrlWithoutAnyPasswordParameter() {
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://h:5432/vs?user=ana&password=s3cret")
                .toString()).isEqualTo("jdbc:postgresql://h:5432/vs?user=ana");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://h/vs?password=s3cret&user=ana&ssl=true")
                .toString()).isEqualTo("jdbc:postgresql://h/vs?user=ana&ssl=true");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://h/vs?PASSWORD=a&sslpassword=b")
                .toString()).isEqualTo("jdbc:postgresql://h/vs");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://h/vs").toString())
                .isEqualTo("jdbc:postgresql://h/vs");
    }

    @Test
    void theServerIsTheHostAndPortOfTheUrl() {
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://DB.example.com:6543/vs?user=a").server())
                .isEqualTo("db.example.com:6543");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://db/vs").server()).isEqualTo("db");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql:vs").server()).isEqualTo("localhost");
    }

    @Test
    void theDatabaseIsThePathOfTheUrl() {
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://h:5432/vs?user=a").database()).isEqualTo("vs");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://h/vs").database()).isEqualTo("vs");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql:vs?user=a").database()).isEqualTo("vs");
        assertThat(new StoreLocation.PostgresDatabase("jdbc:postgresql://h?user=a").database()).isEmpty();
    }

    @Test
    void theConfigurationNamesADatabaseAsItIsWritten() throws IOException {
        Path config = Files.writeString(home.resolve("v.yaml"), "store:\n  path: jdbc:postgresql://db:5432/vs?user=a\n");

        Settings s = new ConfigLoader(home).load(config);

        // a file path would have folded the URL's "//" into "/"
        assertThat(s.store()).isEqualTo(new StoreLocation.PostgresDatabase("jdbc:postgresql://db:5432/vs?user=a"));
    }

    @Test
    void postgresqlReadsTheMigrationsInItsOwnTypes() {
        assertThat(Dialect.POSTGRESQL.migrationSql("CREATE TABLE t (a INTEGER NOT NULL, b REAL,\n"
                + " PRIMARY KEY (a)) WITHOUT ROWID;")).isEqualTo("CREATE TABLE t (a BIGINT NOT NULL, b DOUBLE"
                + " PRECISION,\n PRIMARY KEY (a));");
        assertThat(Dialect.POSTGRESQL.migrationSql("CREATE TABLE t (d BLOB NOT NULL, blobs INTEGER);"))
                .isEqualTo("CREATE TABLE t (d BYTEA NOT NULL, blobs BIGINT);");
        assertThat(Dialect.SQLITE.migrationSql("CREATE TABLE t (a INTEGER) WITHOUT ROWID;"))
                .isEqualTo("CREATE TABLE t (a INTEGER) WITHOUT ROWID;");
    }
}
