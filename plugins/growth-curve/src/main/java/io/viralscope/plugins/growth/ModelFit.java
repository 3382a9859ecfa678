package io.viralscope.plugins.growth;

/**
 * One growth family fitted to one series, in the scaled views of its {@link ViewIncrements}.
 *
 * @param family           the family
 * @param params           the fitted parameters, as the family's model class defines them
 * @param increments       the model's daily views on every day of the grid (scaled views)
 * @param observations     observed days the fit was scored on, {@code n}
 * @param rss              weighted residual sum of squares over the observed days (see {@link ViewIncrements})
 * @param rSquared         plain {@code 1 − RSS/TSS} of the daily views over the observed days ({@code 0} when they
 *                         never vary)
 * @param aicc             {@link CorrectedAic} of the weighted fit (dimensionless residuals)
 * @param remaining        views still to come after the first sample, or {@code NaN} when the family does not saturate
 * @param growthRate       rate per day ({@code r}, {@code p + q} or {@code b}), or {@code NaN} for linear growth
 * @param inflectionDay    day of the inflection after the first sample, or {@code NaN} when the curve has none
 * @param riseToInflection views gained from the first sample to the inflection, or {@code NaN}
 * @param peakRate         daily views at the inflection, or {@code NaN}
 * @param bass             the Bass reading, for the {@link GrowthFamily#BASS} family only, else {@code null}
 */
record ModelFit(GrowthFamily family, double[] params, double[] increments, int observations, double rss,
                double rSquared, double aicc, double remaining, double growthRate, double inflectionDay,
                double riseToInflection, double peakRate, BassDiffusion bass) {

    /** Scores {@code increments} against {@code data} and records the fit. */
    static ModelFit of(GrowthFamily family, ViewIncrements data, double[] params, double[] increments,
                       double remaining, double growthRate, double inflectionDay, double riseToInflection,
                       double peakRate, BassDiffusion bass) {
        int n = data.observedDays();
        double rss = data.weightedResidualSumOfSquares(increments);
        double tss = data.totalSumOfSquares();
        double r2 = tss > 0 ? 1 - data.residualSumOfSquares(increments) / tss : 0;
        double aicc = CorrectedAic.defined(n, family.parameters())
                ? CorrectedAic.of(rss, n, family.parameters()) : Double.NaN;
        return new ModelFit(family, params, increments, n, rss, r2, aicc, remaining, growthRate, inflectionDay,
                riseToInflection, peakRate, bass);
    }

    /** True when the family saturates and the fit found its ceiling inside the bounds. */
    boolean saturationKnown() {
        return family.saturates() && remaining < 0.999 * ViewIncrements.MAX_REMAINING;
    }

    /** True when the curve has an inflection. */
    boolean hasInflection() {
        return !Double.isNaN(inflectionDay);
    }
}
