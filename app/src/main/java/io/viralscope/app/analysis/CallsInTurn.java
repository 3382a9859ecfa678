package io.viralscope.app.analysis;

import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.VideoSeries;

import java.util.List;

/**
 * One video's detector calls, made one after another on one thread. Each call's outcome is what the detector
 * returned or threw; the thread waiting for them reads how many have finished and when the current one started,
 * so it can hold every call to the time limit without being woken after each. Once cancelled (interrupted) it
 * starts no further call.
 */
final class CallsInTurn implements Runnable {

    private final List<Detector> detectors;
    private final List<DetectorContext> contexts;
    private final VideoSeries series;
    private final Object[] outcomes;
    // written before finished, so a reader that sees a count also sees the start of the call after it
    private volatile long currentStartedAt;
    private volatile int finished;

    CallsInTurn(List<Detector> detectors, List<DetectorContext> contexts, VideoSeries series) {
        this.detectors = detectors;
        this.contexts = contexts;
        this.series = series;
        this.outcomes = new Object[detectors.size()];
        this.currentStartedAt = System.nanoTime();
    }

    @Override
    public void run() {
        currentStartedAt = System.nanoTime();
        for (int i = 0; i < outcomes.length; i++) {
            Object outcome;
            try {
                outcome = detectors.get(i).detect(series, contexts.get(i));
            } catch (Throwable t) {
                // a detector's error, whatever it is, is that detector's failure alone
                outcome = t;
            }
            outcomes[i] = outcome;
            currentStartedAt = System.nanoTime();
            finished = i + 1;
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** How many calls have an outcome. */
    int finished() {
        return finished;
    }

    /** The timer reading ({@link System#nanoTime}) when the call after the finished ones started. */
    long currentStartedAt() {
        return currentStartedAt;
    }

    /** Calls in all. */
    int size() {
        return outcomes.length;
    }

    /** What call {@code i} (one of the finished) returned or threw. */
    Object outcome(int i) {
        return outcomes[i];
    }
}
