package io.viralscope.app.youtube;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request to stop polling (SIGINT, SIGTERM, the end of {@code watch --for}). Work in progress checks it
 * between batches, so a batch under way is finished and stored before the process stops; waits end at once.
 */
public final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Asks every loop watching this signal to stop after its current batch. */
    public void request() {
        stopped.countDown();
    }

    /** True once a stop was requested. */
    public boolean requested() {
        return stopped.getCount() == 0;
    }

    /** A real-time sleeper whose waits end early when a stop is requested. */
    public Sleeper realTimeSleeper() {
        return d -> stopped.await(Math.max(0, d.toMillis()), TimeUnit.MILLISECONDS);
    }

}
