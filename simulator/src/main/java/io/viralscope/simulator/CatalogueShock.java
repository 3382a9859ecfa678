package io.viralscope.simulator;

import io.viralscope.api.Stability;

/**
 * A one-day shock planted in a {@link CatalogueSeries}: on day {@code day} the expected views are {@code size}
 * times what they would have been without it (the expected day, weekday included), and the excess then relaxes
 * as a power law {@code (size − 1)·(1 + j/c)^−α}, {@code j} days later.
 *
 * @param day  the day of the jump (day {@code k}: views from sample {@code k} to {@code k + 1})
 * @param size expected views that day as a multiple of the expected day without the shock
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public record CatalogueShock(int day, double size) {

    /** Checks the values. */
    public CatalogueShock {
        if (day < 0 || !(size > 1)) {
            throw new IllegalArgumentException("a shock needs a day from 0 and a size above 1, but had day " + day
                    + " and size " + size + ".");
        }
    }
}
