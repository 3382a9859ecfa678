/**
 * The {@code growth-curve} detector: which growth law a video's daily views follow, and what that says about how it
 * spread (docs/architecture.md#growth-curves).
 *
 * <h2>How a series is read</h2>
 * <ol>
 *   <li>{@link io.viralscope.plugins.growth.ViewIncrements}: daily increments of the daily grid, scaled so the
 *       window's growth is 1, days in gaps left out, residual weights from the week-long level of the views.</li>
 *   <li>{@link io.viralscope.plugins.growth.SeriesAdequacy}: too few observed days, no growth or growth on too few
 *       days give {@code insufficient_data} with a sentence saying why.</li>
 *   <li>{@link io.viralscope.plugins.growth.GrowthCurveFitter}: every family fitted to the increments
 *       (Srinivasan &amp; Mason 1986) — {@link io.viralscope.plugins.growth.LinearGrowth} in closed form,
 *       {@link io.viralscope.plugins.growth.ExponentialGrowth} by a one-parameter profile,
 *       {@link io.viralscope.plugins.growth.LogisticGrowth} and {@link io.viralscope.plugins.growth.GompertzGrowth}
 *       by bounded Levenberg–Marquardt ({@link io.viralscope.plugins.growth.IncrementFitter}), and
 *       {@link io.viralscope.plugins.growth.BassDiffusion} read from the logistic shape, anchored on the views
 *       counted at the first sample.</li>
 *   <li>{@link io.viralscope.plugins.growth.ModelSelection}: the lowest
 *       {@link io.viralscope.plugins.growth.CorrectedAic AICc}, the simpler model when within two units.</li>
 *   <li>{@link io.viralscope.plugins.growth.GrowthCurveReport}: metrics, the inflection event, curves,
 *       {@link io.viralscope.plugins.growth.SpreadingEvidence mechanism evidence} and a one-sentence summary.</li>
 * </ol>
 * Everything but {@link io.viralscope.plugins.growth.GrowthCurveDetector} is internal to the plugin.
 */
package io.viralscope.plugins.growth;
