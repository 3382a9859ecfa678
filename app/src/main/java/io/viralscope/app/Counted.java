package io.viralscope.app;

/** A count with its noun in the right number, for messages people read: "1 video", "2 videos". */
public final class Counted {

    private Counted() {
    }

    /** {@code n} and {@code noun}, with an "s" unless {@code n} is 1 (the nouns used here take a plain "s"). */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
