package io.viralscope.app.cli;

import io.viralscope.app.analysis.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** A progress bar on the terminal's standard error; only used when a person is watching. */
final class ConsoleProgress implements Progress {

    private final PrintStream err;
    private ProgressBar bar;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on a terminal, nothing when output is redirected. */
    static Progress forContext(CliContext ctx) {
        return ctx.interactive() ? new ConsoleProgress(ctx.err()) : Progress.NONE;
    }

    /**
     * A bar on a terminal; when output is redirected, a line on standard error every {@link LineProgress#EVERY}
     * while the work lasts longer (reports of many videos).
     */
    static Progress withLines(CliContext ctx) {
        return ctx.interactive() ? new ConsoleProgress(ctx.err()) : new LineProgress(ctx.err(), ctx.clock());
    }

    @Override
    public synchronized void start(String task, long total) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(200)
                .continuousUpdate().build();
    }

    @Override
    public synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
