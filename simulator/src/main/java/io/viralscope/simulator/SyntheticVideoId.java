package io.viralscope.simulator;

import java.util.SplittableRandom;

/**
 * An 11-character id that looks like a YouTube video id: ten characters from {@code [A-Za-z0-9_-]} and a last
 * character from the sixteen YouTube actually uses there (its last six bits carry only four). Derived from the
 * seed and the mechanism, so two mechanisms simulated with one seed do not overwrite each other when imported.
 */
final class SyntheticVideoId {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String LAST = "AEIMQUYcgkosw048";

    private SyntheticVideoId() {
    }

    static String of(long seed, SimulatedMechanism mechanism) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + mechanism.cliName().hashCode());
        StringBuilder id = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.append(LAST.charAt(random.nextInt(LAST.length()))).toString();
    }
}
