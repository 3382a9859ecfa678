package io.viralscope.app.cli;

import io.viralscope.app.analysis.Progress;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progress of long work as a line on standard error every little while, for when no terminal shows a bar (a
 * report of thousands of videos run from a script or a scheduler): silent for work that ends within the first
 * interval.
 */
final class LineProgress implements Progress {

    /** How often a line is written while work goes on. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private final PrintStream err;
    private final Clock clock;
    private String task;
    private long total;
    private long done;
    private Instant started;
    private Instant shown;
    private boolean spoke;

    LineProgress(PrintStream err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public synchronized void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.done = 0;
        this.started = clock.instant();
        this.shown = started;
        this.spoke = false;
    }

    @Override
    public synchronized void step() {
        if (task == null) {
            return;
        }
        done++;
        Instant now = clock.instant();
        if (Duration.between(shown, now).compareTo(EVERY) >= 0) {
            shown = now;
            spoke = true;
            err.println(line(now));
        }
    }

    @Override
    public synchronized void close() {
        if (task != null && spoke) {
            err.println(task + ": done, " + String.format(Locale.ROOT, "%,d", done) + " steps in "
                    + Duration.between(started, clock.instant()).toSeconds() + " s.");
        }
        task = null;
    }

    private String line(Instant now) {
        return task + ": " + String.format(Locale.ROOT, "%,d of %,d (%d%%)", done, total,
                total == 0 ? 100 : done * 100 / total) + ", " + Duration.between(started, now).toSeconds()
                + " s so far.";
    }
}
