package io.viralscope.plugins.inflection;

/**
 * One change of regime in log daily views.
 *
 * @param day         first day of the new segment (for a kink: its vertex)
 * @param kink        true for a change of growth rate with continuous level, false for a level shift
 * @param rateBefore  growth rate of log daily views in the segment before, per day
 * @param rateAfter   growth rate of log daily views in the segment after, per day
 * @param levelBefore fitted log1p daily views where the segment before ends
 * @param levelAfter  fitted log1p daily views where the segment after starts
 * @param significance how far the change stands out: √(the fall in residual sum of squares it brings over one
 *                    line through both segments) in units of the long-run noise scale, a z-like figure
 */
record ChangePoint(int day, boolean kink, double rateBefore, double rateAfter, double levelBefore,
                   double levelAfter, double significance) {

    /** A change whose significance is not measured. */
    ChangePoint(int day, boolean kink, double rateBefore, double rateAfter, double levelBefore, double levelAfter) {
        this(day, kink, rateBefore, rateAfter, levelBefore, levelAfter, 0);
    }
}
