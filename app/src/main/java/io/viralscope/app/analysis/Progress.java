package io.viralscope.app.analysis;

/** Progress of long work, shown on a terminal by the CLI; {@link #NONE} elsewhere. Called from any thread. */
public interface Progress extends AutoCloseable {

    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    /** Work of {@code total} steps begins. */
    void start(String task, long total);

    /** One step is done. */
    void step();

    @Override
    void close();
}
