package io.viralscope.app.cli;

import io.viralscope.app.youtube.StopSignal;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns SIGINT (Ctrl-C) and SIGTERM into a {@link StopSignal} for the duration of a {@code watch}: the batches
 * under way are stored, then the command returns and the process exits 0, instead of the JVM dying mid-batch
 * with 130/143. A second signal exits at once (130): the store is still consistent, since every batch is one
 * transaction. Uses {@code sun.misc.Signal} (module jdk.unsupported), the only way to handle a signal without
 * starting JVM shutdown; where a signal cannot be handled the JVM's default behaviour stays.
 */
final class SignalStop implements AutoCloseable {

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private SignalStop() {
    }

    /** Handles INT and TERM until {@link #close()}. */
    static SignalStop install(StopSignal stop, PrintStream err) {
        SignalStop s = new SignalStop();
        SignalHandler handler = sig -> {
            if (stop.requested()) {
                err.println("Stopping now.");
                Runtime.getRuntime().exit(130);
            }
            err.println("Stopping after the current batch (signal " + sig.getName() + "; send it again to stop"
                    + " at once).");
            stop.request();
        };
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal signal = new Signal(name);
                s.previous.put(signal, Signal.handle(signal, handler));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not available on this platform or already used by the JVM: keep the default
            }
        }
        return s;
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
