package io.viralscope.spark;

import java.io.Serializable;

/**
 * What reading the inputs yields: a video's part of a file, or the report on a file. One stream of both, so each
 * file is read once (the driver collects the reports, the analysis takes the parts).
 *
 * @param part   a video's samples from one file, or {@code null}
 * @param report a file's report, or {@code null}
 */
record Piece(VideoPart part, FileReport report) implements Serializable {

    static Piece of(VideoPart part) {
        return new Piece(part, null);
    }

    static Piece of(FileReport report) {
        return new Piece(null, report);
    }
}
