package io.viralscope.plugins.growth;

import java.util.List;

/**
 * Picks the model that explains the daily views best by {@link CorrectedAic}. Models within
 * {@link #EQUIVALENCE} AICc units of the lowest have substantial support (Burnham &amp; Anderson 2002, §2.6); among
 * them the most parsimonious, in {@link GrowthFamily} order, is chosen, so a curve only wins over a simpler one when
 * the data demand it.
 */
final class ModelSelection {

    /** AICc difference below which two models count as equally supported. */
    static final double EQUIVALENCE = 2.0;

    private ModelSelection() {
    }

    /** The chosen fit; {@code fits} is not empty. */
    static ModelFit best(List<ModelFit> fits) {
        double lowest = Double.POSITIVE_INFINITY;
        for (ModelFit f : fits) {
            lowest = Math.min(lowest, f.aicc());
        }
        ModelFit chosen = null;
        for (ModelFit f : fits) {
            if (f.aicc() <= lowest + EQUIVALENCE
                    && (chosen == null || f.family().ordinal() < chosen.family().ordinal())) {
                chosen = f;
            }
        }
        return chosen;
    }
}
