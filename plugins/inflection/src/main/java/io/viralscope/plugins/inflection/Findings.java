package io.viralscope.plugins.inflection;

import java.util.List;

/**
 * What the analysis of one series found, for {@link DetectionWriter} to report.
 *
 * @param days         the daily views analysed
 * @param smoothed     their five-day moving average
 * @param sigma        the noise scale σ̂ of log daily views
 * @param peak         the peak
 * @param inflection   the smooth inflection, or null
 * @param shocks       the shocks, in day order
 * @param cost         the piecewise-linear cost, shocks left out
 * @param changePoints the change points, in day order
 */
record Findings(DailyIncrements days, double[] smoothed, double sigma, Peak peak, Inflection inflection,
                List<Shock> shocks, PiecewiseLinearCost cost, List<ChangePoint> changePoints) {
}
