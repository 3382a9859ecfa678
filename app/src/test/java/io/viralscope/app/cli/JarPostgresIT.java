package io.viralscope.app.cli;

import io.viralscope.app.cli.JarInFolder.Result;
import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar on a PostgreSQL store, with the built-in detectors: the driver and Flyway's PostgreSQL support
 * are found inside the jar, and the JSON report is the SQLite one byte for byte apart from its timestamps.
 */
class JarPostgresIT {

    @TempDir
    Path cwd;

    private Result java(String... args) throws IOException, InterruptedException {
        return JarInFolder.run(cwd, java.time.Duration.ofSeconds(180), List.of(args));
    }

    @Test
    void theJsonReportOfSimulatedSeriesIsTheSameOnSqliteAndPostgresql() throws Exception {
        StoreLocation.PostgresDatabase pg = TestPostgres.emptyDatabaseFor(getClass());
        String sqlite = cwd.resolve("v.db").toString();
        List<String> files = new ArrayList<>();
        String[] mechanisms = {"logistic", "bass-external-push", "exogenous-critical", "step-change"};
        for (int i = 0; i < mechanisms.length; i++) {
            String file = cwd.resolve(mechanisms[i] + ".csv").toString();
            Result sim = java("simulate", "--mechanism", mechanisms[i], "--seed", Integer.toString(i + 1), "--out", file);
            assertThat(sim.exit()).as(sim.err()).isZero();
            files.add(file);
        }
        for (String store : List.of(sqlite, pg.url())) {
            List<String> args = new ArrayList<>(List.of("--db", store, "import"));
            args.addAll(files);
            Result imported = java(args.toArray(String[]::new));
            assertThat(imported.exit()).as(imported.err()).isZero();
        }

        Result fromSqlite = java("--db", sqlite, "report", "--format", "json", "--curves");
        Result fromPg = java("--db", pg.url(), "report", "--format", "json", "--curves");

        assertThat(fromPg.exit()).as(fromPg.err()).isZero();
        assertThat(fromPg.out()).contains("\"growth-curve\"", "\"mechanism\"");
        assertThat(withoutTimes(fromPg.out())).isEqualTo(withoutTimes(fromSqlite.out()));
    }

    /** The report's text without when it was made and how long it took. */
    private static String withoutTimes(String json) {
        return json.replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]*\"", "\"generated_at\":\"\"")
                .replaceAll("\"elapsed_ms\"\\s*:\\s*\\d+", "\"elapsed_ms\":0");
    }
}
