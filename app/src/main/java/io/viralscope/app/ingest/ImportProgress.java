package io.viralscope.app.ingest;

import java.nio.file.Path;

/** How far an import has got, for a person watching a big one; {@link #NONE} shows nothing. */
public interface ImportProgress {

    /** Shows nothing. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void reading(Path file, long rows, long bytesRead, long size) {
        }

        @Override
        public void read(Path file, long rows) {
        }

        @Override
        public void writing(long samples) {
        }
    };

    /** Every few thousand rows: {@code rows} read of {@code file} so far, {@code bytesRead} of its {@code size}. */
    void reading(Path file, long rows, long bytesRead, long size);

    /** {@code file} is read and checked: {@code rows} data rows. */
    void read(Path file, long rows);

    /** The checked samples, {@code samples} of them, are being written into the store. */
    void writing(long samples);
}
