package io.viralscope.app.store;

import io.viralscope.app.config.DurationText;
import io.viralscope.app.ExitCodes;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.util.PSQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Turns what SQLite reports into a sentence a person can act on. SQLite's result code, not its message, decides
 * the sentence, so the wording stays the same across driver versions.
 */
final class StoreFailure {

    private StoreFailure() {
    }

    /** True when SQLite refused because another connection holds a lock on the store. */
    static boolean isBusy(Throwable e) {
        SQLiteException sqlite = sqliteCause(e);
        if (sqlite == null) {
            return false;
        }
        String code = sqlite.getResultCode().name();
        return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
    }

    /** The sentence for {@code e}, met while {@code doing} (such as "opened" or "written") the store {@code file}. */
    static StoreException of(Path file, String doing, Throwable e, Duration busyWait) {
        SQLiteException sqlite = sqliteCause(e);
        if (sqlite == null && e instanceof FlywayException) {
            // Flyway's own wording ("Validate failed", "baseline()") helps no one running Viralscope
            return new StoreException("The store " + file + " has a history of schema changes this Viralscope does"
                    + " not recognise, so it cannot be brought up to date; name another store with --db FILE (set"
                    + " VIRALSCOPE_DEBUG=1 to see the details).", e);
        }
        if (sqlite == null) {
            return new StoreException("The store " + file + " could not be " + doing + " (" + firstLine(e) + ").", e);
        }
        String code = sqlite.getResultCode().name();
        if (isBusy(e)) {
            return busy(file, busyWait, e);
        }
        if (code.startsWith("SQLITE_READONLY")) {
            return readOnly(file, e);
        }
        if (code.equals(SQLiteErrorCode.SQLITE_NOTADB.name())) {
            return new StoreException(file + " is not a Viralscope store (it is not an SQLite database); name your"
                    + " store with --db FILE, or a new file to start one.", e);
        }
        if (code.startsWith("SQLITE_CORRUPT")) {
            return new StoreException("The store " + file + " is damaged (SQLite finds it malformed); restore it"
                    + " from a backup, or start a new store with --db FILE.", e);
        }
        if (code.equals(SQLiteErrorCode.SQLITE_FULL.name())) {
            return new StoreException("The disk holding the store " + file + " is full; free some space and run"
                    + " the command again.", e);
        }
        if (code.startsWith("SQLITE_CANTOPEN")) {
            return new StoreException("The store " + file + " cannot be opened; check that the file and its folder"
                    + " can be read and written, or name another store with --db FILE.", e);
        }
        if (code.startsWith("SQLITE_IOERR")) {
            return new StoreException("The store " + file + " could not be " + doing + " because the disk reported"
                    + " an error (" + code + "); check the disk and run the command again.", e);
        }
        return new StoreException("The store " + file + " could not be " + doing + " (SQLite error " + code
                + "); run the command again, and report it if it keeps failing.", e);
    }

    /**
     * The sentence for {@code e}, met while {@code doing} the PostgreSQL store {@code db}. The SQLSTATE decides, as
     * SQLite's result code does above; the URL is shown without its password parameters.
     */
    static StoreException ofPostgres(StoreLocation.PostgresDatabase db, String doing, Throwable e) {
        PSQLException pg = postgresCause(e);
        if (pg == null && e instanceof FlywayException) {
            return new StoreException("The store " + db + " has a history of schema changes this Viralscope does"
                    + " not recognise, so it cannot be brought up to date; name another store with --db URL (set"
                    + " VIRALSCOPE_DEBUG=1 to see the details).", e);
        }
        String state = pg == null || pg.getSQLState() == null ? "" : pg.getSQLState();
        if (state.startsWith("08") && !state.equals("08004")) {
            return new StoreException(ExitCodes.STORE_UNREACHABLE, "The PostgreSQL server " + db.server() + " cannot be"
                    + " reached; check that it is running and that the store URL names the right host and port.", e);
        }
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return new StoreException("The PostgreSQL server " + db.server() + " refused the user name or password"
                    + " for " + db + "; give them as the driver expects (the URL's user and password parameters,"
                    + " or a line in ~/.pgpass).", e);
        }
        if (state.equals("42501")) {
            return postgresWithoutRights(db, e);
        }
        if (state.equals("3D000")) {
            return new StoreException("There is no database " + db.database() + " on the PostgreSQL server "
                    + db.server() + "; create it (createdb " + db.database() + ") or name another with --db URL.", e);
        }
        return new StoreException("The store " + db + " could not be " + doing + " (PostgreSQL error "
                + (state.isEmpty() ? firstLine(e) : state) + "); run the command again, and report it if it keeps"
                + " failing.", e);
    }

    /** The user named by the URL may not create tables in the database's schema. */
    static StoreException postgresWithoutRights(StoreLocation.PostgresDatabase db, Throwable cause) {
        return new StoreException("The PostgreSQL user of " + db + " may not create or change Viralscope's tables"
                + " there; have the database's owner grant it (GRANT ALL ON SCHEMA public TO the user), or name"
                + " another database with --db URL.", cause);
    }

    private static PSQLException postgresCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p) {
                return p;
            }
        }
        return null;
    }

    /** Another process holds the write lock for longer than this one waits. */
    static StoreException busy(Path file, Duration busyWait, Throwable cause) {
        return new StoreException("Another Viralscope process is writing to the store " + file + " and did not"
                + " finish within " + DurationText.format(busyWait) + "; run this command again when it is done.", cause);
    }

    /** The store file itself cannot be written. */
    static StoreException readOnly(Path file, Throwable cause) {
        return new StoreException("The store " + file + " is read-only; Viralscope needs to write to its store"
                + " (even a report keeps detector results there), so make the file writable, or copy it and name"
                + " the copy with --db FILE.", cause);
    }

    /** The store's folder cannot be written: SQLite keeps its write-ahead log beside the store. */
    static StoreException readOnlyFolder(Path file) {
        return new StoreException("The folder " + file.getParent() + " of the store " + file + " is read-only;"
                + " SQLite keeps its journal files beside the store, so make the folder writable, or move the store"
                + " and name it with --db FILE.", null);
    }

    private static SQLiteException sqliteCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s;
            }
            if (t instanceof SQLException s && s.getNextException() instanceof SQLiteException next) {
                return next;
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        String s = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
