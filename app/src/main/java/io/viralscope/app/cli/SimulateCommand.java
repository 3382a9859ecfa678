package io.viralscope.app.cli;

import io.viralscope.app.UserError;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code viralscope simulate --mechanism NAME [--days N] [--seed S] --out FILE.csv}. */
@Command(name = "simulate", description = "Write a synthetic series with known ground truth (CSV in the import"
        + " schema, and the truth as JSON beside it), to see what a mechanism looks like or to try detectors.")
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(names = "--mechanism", paramLabel = "NAME", required = true, description = "One of: logistic,"
            + " gompertz, bass-word-of-mouth, bass-external-push, exogenous-critical, exogenous-subcritical,"
            + " endogenous-critical, endogenous-subcritical, step-change, rate-change, critical-background.")
    String mechanism;

    @Option(names = "--days", paramLabel = "N", description = "Length in days (default: ${DEFAULT-VALUE}).",
            defaultValue = "90")
    int days;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same series"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--scale", paramLabel = "VIEWS", description = "Peak daily views (default: the mechanism's own).")
    Double scale;

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "CSV file to write.")
    Path out;

    private final CliContext ctx;

    SimulateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (days < SimulationSpec.MIN_DAYS || days > SimulationSpec.MAX_DAYS) {
            throw UserError.badInput("--days must be from " + SimulationSpec.MIN_DAYS + " to " + SimulationSpec.MAX_DAYS
                    + " so the mechanism has room to show its shape, but was " + days + ".");
        }
        if (scale != null && !(scale >= 1 && scale <= SimulationSpec.MAX_SCALE)) {
            throw UserError.badInput("--scale (peak daily views) must be from 1 to 1e12, but was " + scale + ".");
        }
        Simulation sim;
        try {
            SimulationSpec spec = SimulationSpec.builder(SimulatedMechanism.fromName(mechanism)).days(days).seed(seed)
                    .scale(scale).build();
            sim = Simulator.simulate(spec);
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        }
        Path truth = Simulation.truthPathBeside(out);
        try {
            sim.writeCsv(out);
            sim.writeTruthJson(truth);
        } catch (IOException e) {
            throw UserError.badInput("Cannot write " + out + " (" + e.getMessage() + "); choose another --out path.");
        }
        ctx.out().println("Wrote " + sim.series().size() + " daily samples of simulated video "
                + sim.series().videoId() + " (" + mechanism + ", seed " + seed + ") to " + out
                + " and its ground truth to " + truth + ".");
        ctx.out().println("Import it with: viralscope import " + out);
        return 0;
    }
}
