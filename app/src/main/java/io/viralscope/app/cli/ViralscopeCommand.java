package io.viralscope.app.cli;

import io.viralscope.app.UserError;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.config.Settings;
import io.viralscope.app.plugins.PluginHost;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The root command: global options, and the one place commands get their settings, store and plugins from. */
@Command(name = "viralscope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tells how YouTube videos spread: growth curves, engagement, change points, mechanism.",
        subcommands = {DemoCommand.class, ImportCommand.class, TrackCommand.class, CampaignCommand.class,
                PollCommand.class, WatchCommand.class, QuotaCommand.class, ReportCommand.class, PluginsCommand.class,
                SimulateCommand.class, AuthCommand.class, AnalyticsCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class ViralscopeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    // Inherited: 'viralscope import --db x.db FILE' works as well as 'viralscope --db x.db import FILE'.
    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE", description = "Configuration file"
            + " (default: ./viralscope.yaml, then ~/.viralscope/viralscope.yaml, then built-in defaults).")
    Path configFile;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE|URL", description = "SQLite store file,"
            + " or a PostgreSQL database as jdbc:postgresql://host:port/db (default: store.path in the"
            + " configuration, ~/.viralscope/viralscope.db).")
    String db;

    @Option(names = "--plugins-dir", scope = ScopeType.INHERIT, paramLabel = "DIR", description = "Directory of"
            + " detector plugin jars (default: the plugins folder beside viralscope.jar).")
    Path pluginsDir;

    @Option(names = "--api-root", scope = ScopeType.INHERIT, paramLabel = "URL", description = "Base URL of the"
            + " YouTube Data API, for a mock or proxy (default: youtube.root-url in the configuration).")
    String apiRoot;

    final CliContext context;
    private Settings settings;

    ViralscopeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: name one of demo, import, track, poll,"
                + " watch, quota, report, plugins, simulate, auth, analytics (viralscope --help lists them).");
    }

    /** The configuration with command-line overrides applied; loaded once. */
    Settings settings() {
        if (settings == null) {
            ConfigLoader loader = new ConfigLoader(context.home());
            Settings s = loader.load(configFile);
            if (db != null) {
                s = s.withStore(StoreLocation.parse(db, Path::of));
            }
            if (pluginsDir != null) {
                s = s.withPluginsDir(pluginsDir);
            }
            if (apiRoot != null) {
                s = s.withYouTubeRootUrl(checkedRootUrl(apiRoot));
            }
            settings = s;
        }
        return settings;
    }

    private static String checkedRootUrl(String url) {
        return ConfigLoader.httpBaseUrl(url).orElseThrow(() -> UserError.badInput("--api-root '" + url
                + "' is not an http(s) URL such as http://localhost:8080/."));
    }

    /**
     * Opens the store named by the settings, refusing one that does not exist (a mistyped path, say): for every
     * command but {@code import} and {@code track add}, so none of them leaves an empty store behind.
     */
    Store openExistingStore() {
        if (!(settings().store() instanceof StoreLocation.SqliteFile file)) {
            return Store.open(settings().store(), context.clock()); // a database, created by its administrator
        }
        Path db = file.file();
        if (!Files.exists(db)) {
            throw UserError.badInput("There is no store at " + db + "; import or track videos first, or name the"
                    + " store with --db FILE.");
        }
        if (!Files.isRegularFile(db)) {
            throw UserError.badInput(db + " is not a file but a folder or device; name the store file with --db"
                    + " FILE.");
        }
        return Store.open(db, context.clock());
    }

    /** Opens the store named by the settings, creating it when it does not exist yet: for commands that add data. */
    Store openStore() {
        return Store.open(settings().store(), context.clock());
    }

    /** Loads the plugins from the configured directory, or the one beside viralscope.jar. */
    PluginHost loadPlugins() {
        return PluginHost.load(pluginsDir());
    }

    /** The configured plugins directory, or the one beside viralscope.jar. */
    Path pluginsDir() {
        return settings().pluginsDir() != null ? settings().pluginsDir() : defaultPluginsDir();
    }

    /** The {@code plugins} folder beside the jar (or beside {@code target/classes} in a development build). */
    static Path defaultPluginsDir() {
        try {
            Path code = Path.of(ViralscopeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve("plugins");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("plugins").toAbsolutePath();
        }
    }
}
