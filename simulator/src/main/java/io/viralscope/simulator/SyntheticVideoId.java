package io.viralscope.simulator;

import java.util.SplittableRandom;

/**
 * An 11-character id that looks like a YouTube video id: ten characters from {@code [A-Za-z0-9_-]} and a last
 * character from the sixteen YouTube actually uses there (its last six bits carry only four). Derived from
 * everything that shapes the series (mechanism, seed, days, start, scale, rates, noise), so two different
 * simulations practically never share an id in one store (a 32-bit hash of the shape, mixed with the seed), and
 * the same one always gets the same id.
 */
final class SyntheticVideoId {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String LAST = "AEIMQUYcgkosw048";

    private SyntheticVideoId() {
    }

    static String of(SimulationSpec spec) {
        // String.hashCode is specified, so the id is the same on every JVM
        String shape = String.join("|", spec.mechanism().cliName(), Integer.toString(spec.days()),
                String.valueOf(spec.start()), String.valueOf(spec.scale()), String.valueOf(spec.likeRate()),
                String.valueOf(spec.commentRate()), Boolean.toString(spec.shares()),
                Boolean.toString(spec.likesHidden()), Boolean.toString(spec.commentsDisabled()),
                String.valueOf(spec.dispersion()));
        SplittableRandom random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + shape.hashCode());
        StringBuilder id = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.append(LAST.charAt(random.nextInt(LAST.length()))).toString();
    }
}
