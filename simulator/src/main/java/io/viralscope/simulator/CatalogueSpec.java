package io.viralscope.simulator;

import io.viralscope.api.Stability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to simulate in the {@link CatalogueSeries} family: a multi-year daily series of a catalogue video. Every
 * option left {@code null} is drawn from the seed and reported in the {@link CatalogueTruth}.
 *
 * @param seed       seed of every draw
 * @param start      instant of the first sample
 * @param days       daily increments, or {@code null} to draw them from 1,100 to 3,250
 * @param scale      expected daily views of the steady level at the start, or {@code null} for 5,000 to 500,000
 * @param dispersion negative-binomial size of the day-to-day noise (variance {@code λ + λ²/r}, a coefficient of
 *                   variation of {@code 1/√r} on large counts), or {@code null} for 30 to 300 (6–18%)
 * @param shocks     the shocks to plant, or {@code null} to draw 2 to 6 of sizes 2–10× (a given list fixes the
 *                   days, so several videos can share a release day)
 * @param levelStep  whether to plant a lasting level step (1.6–4×, up or down), or {@code null} to draw it (30%)
 * @param videoId    the 11-character id, or {@code null} for one derived from the seed
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public record CatalogueSpec(long seed, Instant start, Integer days, Double scale, Double dispersion,
                            List<CatalogueShock> shocks, Boolean levelStep, String videoId) {

    /** Fewest days of the family. */
    public static final int MIN_DAYS = 120;

    /** Validates the options. */
    public CatalogueSpec {
        Objects.requireNonNull(start, "start");
        if (days != null && (days < MIN_DAYS || days > SimulationSpec.MAX_DAYS)) {
            throw new IllegalArgumentException("days must be from " + MIN_DAYS + " to " + SimulationSpec.MAX_DAYS
                    + " for a catalogue series, but was " + days + ".");
        }
        if (scale != null && !(scale >= 1 && scale <= SimulationSpec.MAX_SCALE)) {
            throw new IllegalArgumentException("scale (daily views) must be from 1 to 1e12 but was " + scale + ".");
        }
        if (dispersion != null && !(dispersion > 0)) {
            throw new IllegalArgumentException("dispersion must be above 0 but was " + dispersion + ".");
        }
        shocks = shocks == null ? null : List.copyOf(shocks);
        if (shocks != null && days != null) {
            for (CatalogueShock s : shocks) {
                if (s.day() >= days) {
                    throw new IllegalArgumentException("a shock on day " + s.day() + " lies outside " + days
                            + " days.");
                }
            }
        }
    }

    /** Everything drawn from {@code seed}, starting at {@link SimulationSpec#DEFAULT_START}. */
    public static CatalogueSpec of(long seed) {
        return new CatalogueSpec(seed, SimulationSpec.DEFAULT_START, null, null, null, null, null, null);
    }

    /** This spec with another number of days. */
    public CatalogueSpec withDays(Integer d) {
        return new CatalogueSpec(seed, start, d, scale, dispersion, shocks, levelStep, videoId);
    }

    /** This spec with another noise size. */
    public CatalogueSpec withDispersion(Double r) {
        return new CatalogueSpec(seed, start, days, scale, r, shocks, levelStep, videoId);
    }

    /** This spec with the given shocks ({@code null} draws them). */
    public CatalogueSpec withShocks(List<CatalogueShock> planted) {
        return new CatalogueSpec(seed, start, days, scale, dispersion, planted, levelStep, videoId);
    }

    /** This spec with or without a level step ({@code null} draws it). */
    public CatalogueSpec withLevelStep(Boolean step) {
        return new CatalogueSpec(seed, start, days, scale, dispersion, shocks, step, videoId);
    }

    /** This spec with another steady level at the start. */
    public CatalogueSpec withScale(Double s) {
        return new CatalogueSpec(seed, start, days, s, dispersion, shocks, levelStep, videoId);
    }

    /** This spec with another video id. */
    public CatalogueSpec withVideoId(String id) {
        return new CatalogueSpec(seed, start, days, scale, dispersion, shocks, levelStep, id);
    }
}
