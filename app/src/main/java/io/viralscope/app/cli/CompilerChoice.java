package io.viralscope.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/**
 * Which of the JVM's compilers a report's process uses ({@code report --compiler}). A report is one pass over its
 * videos in a new process, so the optimising compiler (C2) spends much of it compiling code the run then leaves
 * too soon to pay back: on 2 cores, a cold 10,000-video report spent about 15 s of its CPU in C2. The quick
 * compiler (C1) makes slower code at a fraction of that cost, which wins until a report is long enough for C2's
 * faster code to make up for it.
 */
enum CompilerChoice {
    /** The quick compiler for a report of at most {@link #QUICK_UP_TO} videos, the usual mix of both above. */
    AUTO,
    /** The quick compiler alone, whatever the size of the report. */
    QUICK,
    /** The JVM's usual mix of both compilers. */
    FULL;

    /**
     * The largest report for which {@link #AUTO} keeps to the quick compiler. Measured cold on 2 cores in a 1 GB heap
     * (docs/scale.md): at 100,000 videos the optimising compiler's faster code more than made up for its cost
     * (108 s against 128 s, the same bytes), at 10,000 it did not; from the two, the compilers break even at about
     * 20,000.
     */
    static final int QUICK_UP_TO = 20_000;

    /** Whether a report of {@code videos} videos keeps to the quick compiler. */
    boolean quickFor(long videos) {
        return this == QUICK || this == AUTO && videos <= QUICK_UP_TO;
    }

    /** Reads {@code --compiler} case-insensitively, naming the choices when it is wrong. */
    static final class Converter implements ITypeConverter<CompilerChoice> {
        @Override
        public CompilerChoice convert(String value) {
            try {
                return CompilerChoice.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a compiler choice; choose auto, quick or"
                        + " full.");
            }
        }
    }
}
