package io.viralscope.app.store;

import io.viralscope.app.UserError;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a store lives: an SQLite file, or a PostgreSQL database named by its JDBC URL
 * ({@code jdbc:postgresql://host:port/db}). The URL may carry credentials (the driver's own {@code password}
 * parameter), so it is never shown as given: {@link #toString()} is what messages print, with every password
 * parameter removed.
 */
public sealed interface StoreLocation {

    /** The prefix of the URLs PostgreSQL's JDBC driver accepts. */
    String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /**
     * What {@code --db} or {@code store.path} says: a PostgreSQL JDBC URL, or else a file path. Another JDBC URL
     * is refused rather than taken for a file name (which would create folders named after the URL).
     */
    static StoreLocation parse(String text, java.util.function.Function<String, Path> filePath) {
        String t = text.trim();
        if (t.regionMatches(true, 0, POSTGRESQL_PREFIX, 0, POSTGRESQL_PREFIX.length())) {
            return new PostgresDatabase(t);
        }
        if (t.regionMatches(true, 0, "jdbc:", 0, "jdbc:".length())) {
            String kind = t.substring("jdbc:".length()).split(":", 2)[0];
            throw UserError.badInput("The store '" + kind + "' named by a JDBC URL is not one Viralscope keeps; name an"
                    + " SQLite file, or a PostgreSQL database as jdbc:postgresql://host:port/db.");
        }
        return new SqliteFile(filePath.apply(t));
    }

    /** An SQLite store file. */
    static StoreLocation file(Path file) {
        return new SqliteFile(file);
    }

    /** The SQL dialect of this kind of store. */
    Dialect dialect();

    /** An SQLite file. */
    record SqliteFile(Path file) implements StoreLocation {
        @Override
        public Dialect dialect() {
            return Dialect.SQLITE;
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    /** A PostgreSQL database, as its JDBC URL (credentials included as given; never printed). */
    record PostgresDatabase(String url) implements StoreLocation {

        // a password parameter of the query string, however spelled (password, sslpassword...), up to the next '&'
        private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&])[^=&?#]*password[^=&?#]*=[^&#]*");

        @Override
        public Dialect dialect() {
            return Dialect.POSTGRESQL;
        }

        /** The host (and port, when the URL gives one) of the server, for messages. */
        public String server() {
            String rest = url.substring(POSTGRESQL_PREFIX.length());
            if (!rest.startsWith("//")) {
                return "localhost";
            }
            rest = rest.substring(2);
            int end = rest.length();
            for (char stop : new char[] {'/', '?', '#'}) {
                int i = rest.indexOf(stop);
                if (i >= 0) {
                    end = Math.min(end, i);
                }
            }
            String hostPort = rest.substring(0, end);
            return hostPort.isEmpty() ? "localhost" : hostPort.toLowerCase(Locale.ROOT);
        }

        /** The database the URL names ("" when it names none: the driver then takes the user's name). */
        public String database() {
            String rest = url.substring(POSTGRESQL_PREFIX.length());
            if (rest.startsWith("//")) {
                int slash = rest.indexOf('/', 2);
                int query = rest.indexOf('?', 2);
                if (slash < 0 || (query >= 0 && query < slash)) {
                    return "";
                }
                rest = rest.substring(slash + 1);
            }
            int end = rest.length();
            for (char stop : new char[] {'?', '#'}) {
                int i = rest.indexOf(stop);
                if (i >= 0) {
                    end = Math.min(end, i);
                }
            }
            return rest.substring(0, end);
        }

        /** The URL with its password parameters removed: what any message shows. */
        @Override
        public String toString() {
            String shown = url;
            String before;
            do {
                before = shown;
                shown = PASSWORD_PARAM.matcher(shown).replaceFirst("$1");
            } while (!shown.equals(before));
            // tidy the separators the removal left behind ("?&user=x", "&&", a trailing "?" or "&")
            return shown.replaceAll("&{2,}", "&").replace("?&", "?").replaceAll("[?&]+(?=#|$)", "");
        }
    }
}
