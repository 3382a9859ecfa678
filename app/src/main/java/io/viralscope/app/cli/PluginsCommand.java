package io.viralscope.app.cli;

import io.viralscope.api.PluginApi;
import io.viralscope.app.plugins.LoadedCohortDetector;
import io.viralscope.app.plugins.LoadedDetector;
import io.viralscope.app.plugins.PluginHost;
import io.viralscope.app.plugins.PluginStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code viralscope plugins [--verbose]}. */
@Command(name = "plugins", description = "List the loaded detectors: id, version, description.")
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Option(names = "--verbose", description = "Show every plugin found, its state, and why it is not in use.")
    boolean verbose;

    private final CliContext ctx;

    PluginsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (PluginHost host = root.loadPlugins()) {
            if (host.detectors().isEmpty() && host.cohortDetectors().isEmpty()) {
                ctx.out().println("No detector is loaded.");
            }
            for (LoadedDetector d : host.detectors()) {
                ctx.out().printf("%-14s %-8s %s%n", d.detector().id(), d.detector().version(),
                        d.detector().description());
            }
            for (LoadedCohortDetector d : host.cohortDetectors()) {
                ctx.out().printf("%-14s %-8s %s%n", d.detector().id(), d.detector().version(),
                        "(across videos) " + d.detector().description());
            }
            if (verbose) {
                ctx.out().println();
                ctx.out().println("Plugin API provided: " + PluginApi.VERSION);
                for (PluginStatus s : host.statuses()) {
                    ctx.out().printf("%-14s %-8s %-10s requires %-18s %s%n", s.pluginId(), s.version(), s.state(),
                            s.requires().isEmpty() ? "-" : s.requires(),
                            s.inUse() ? "detectors: " + String.join(", ", s.detectors()) : s.reason());
                    ctx.out().println("               " + s.path());
                }
            } else {
                host.problems().forEach(ctx.err()::println);
            }
            return 0;
        }
    }
}
