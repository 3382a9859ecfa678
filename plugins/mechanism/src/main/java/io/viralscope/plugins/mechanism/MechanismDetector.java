package io.viralscope.plugins.mechanism;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Episode;
import io.viralscope.api.Event;
import io.viralscope.api.Mechanism;
import io.viralscope.api.VideoSeries;
import org.pf4j.Extension;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What mechanism drove the views? Classifies a series as {@code exogenous-critical}, {@code exogenous-subcritical},
 * {@code endogenous-critical} or {@code endogenous-subcritical} after Crane &amp; Sornette, "Robust dynamic classes
 * revealed by measuring the response function of a social system", PNAS 105 (2008), from three findings on the
 * daily views of the regular grid (docs/architecture.md#mechanism-classes):
 * <ol>
 *   <li>whether there is a significant burst, and whether it built up before its peak or jumped
 *       ({@link BurstShape});</li>
 *   <li>the branching ratio n of a self-exciting fit with power-law memory ({@link SelfExcitingFit}, θ fixed,
 *       an impulse on the peak day when there is a burst);</li>
 *   <li>the relaxation exponent α after the peak ({@link RelaxationFit}): a power law {@code A·(τ + c)^−α} fitted
 *       to the views above the baseline, tested against an exponential decay by AIC, with {@code c} the memory
 *       kernel's shift from the self-exciting fit (the relaxation and the kernel share their short-time cut-off,
 *       which leaves α as the only shape parameter, far less tangled with noise than with c free). The baseline
 *       after an exogenous shock is what the fitted background alone would have produced,
 *       {@code m_t = μ + n·Σ φ·m} (in a near-critical audience it keeps growing, and subtracting the pre-shock
 *       level instead would flatten the relaxation); after an endogenous burst, whose build-up is itself
 *       self-excited background, it is the outside inflow μ.</li>
 * </ol>
 * {@link CascadeClassifier} combines them; the peak-day share of views is deliberately not used. Before a class is
 * reported, a change of outside drive is ruled out, since a constant-background model reads one as
 * self-excitation: a step of the background that explains the views with a far subcritical n ({@link LevelStep}),
 * or, for a burst classed critical, two exponentials that describe it to within the noise
 * ({@link TwoExponentials}) make the series an outside shift, exogenous subcritical, with a {@code level-shift} or
 * {@code rate-change} event and no breakout. A main burst that is a {@link Plateau} (views jumped to a level, held it
 * and fell straight back; since 1.6.0) is a push switched on and off, read the same way: exogenous subcritical, an
 * external-push finding, no decay exponent and no breakout.
 *
 * <p>Metrics: {@code class}, {@code branching_ratio}, {@code decay_exponent} (null without a burst; the exponent of
 * the relaxation the window shows, which is short of the theory's asymptotes for a subcritical shock, about 1.0–1.3
 * in 90 days for 1 + θ = 1.4, and above it for a word-of-mouth burst tracked from its start, 0.3–0.5 for
 * 1 − 2θ = 0.2: later generations of viewers and a finite build-up, not noise; θ, which would turn one into the
 * other, cannot be told from a single window),
 * {@code endogenous_response} (views one view eventually brings, itself included: {@code 1/(1 − n)} when
 * {@code n < 1}, otherwise, as that diverges, the total within the horizon),
 * {@code endogenous_response_within_horizon} (the total of the fitted daily model within
 * {@code response_horizon_days} after a unit impulse, as HIP computes it, {@link HipModel}: continuous in n, and
 * for n near 1 far below {@code 1/(1 − n)}, whose cascade takes decades), {@code response_horizon_days},
 * {@code burst_weight}, {@code powerlaw_vs_exponential} (AIC of the exponential minus AIC of the power law;
 * positive favours the power law; null without a burst), {@code confidence} (at most {@value #MAX_CONFIDENCE}),
 * {@code buildup},
 * {@code burst_significance}, {@code baseline_daily_views}, {@code background_daily_views} (μ),
 * {@code kernel_shift_days} (c), {@code relaxation_days} (days after the peak fitted). Event: {@code peak} (only
 * with a significant burst), stamped at the instant closing the peak day; {@code level-shift} or
 * {@code rate-change} for an outside shift. Evidence: exogenous classes support
 * {@link Mechanism#TASTEMAKER_SHOCK} (the critical one weakly also {@link Mechanism#COMMUNITY_WORD_OF_MOUTH}),
 * endogenous-critical {@link Mechanism#COMMUNITY_WORD_OF_MOUTH}, endogenous-subcritical
 * {@link Mechanism#ORGANIC_BASELINE}; weights follow the confidence.
 *
 * <p>Episodes (since 1.4.0): a long series is split into its bursts with their relaxation and its build-ups
 * ({@link EpisodeFinder}), each classified on its own stretch of days ({@link Episodes}) and reported with its
 * dates, views above its baseline and mechanism, also when the window as a whole cannot be classified.
 *
 * <p>Settings ({@code detectors.mechanism.*}): {@code theta} (default 0.4, the kernel exponent measured on
 * YouTube), {@code burst-z} (default 6), {@code buildup-threshold} (default 0.25),
 * {@code critical-branching-ratio} (default 0.75), {@code response-horizon-days} (default 365). Needs at least 14
 * usable daily increments, some views, and four days after a burst's peak; says it cannot tell when its findings
 * contradict each other (a build-up with a branching ratio far below critical, no burst with a critical one). No
 * exponent when nothing is left above the baseline after the peak or views do not decay. About 0.3–0.45 ms of CPU
 * for 180 days once compiled ({@code O(T·K)} memory sums, K about 35 exponentials), about twice that averaged over the
 * first 2,000 series a process analyses, which run before the JIT has compiled the fits (docs/architecture.md);
 * stateless, so thread-safe.
 */
@Extension
public final class MechanismDetector implements Detector {

    /** Fewest usable daily increments analysed. */
    public static final int MIN_DAYS = 14;
    /** Fewest days after a burst's peak for its relaxation to show. */
    public static final int MIN_DAYS_AFTER_PEAK = 4;
    /**
     * The most confidence claimed for a class. Read from public daily counts, a class is an inference, so the
     * detector caps its confidence (and so its evidence weights) where the host caps its verdicts: no card shows a
     * surer figure than the verdict it feeds.
     */
    public static final double MAX_CONFIDENCE = 0.95;

    @Override
    public String id() {
        return "mechanism";
    }

    @Override
    public String version() {
        return "1.6.1";
    }

    @Override
    public String description() {
        return "Exogenous or endogenous, critical or subcritical spread (Crane & Sornette): branching ratio, "
                + "relaxation exponent and endogenous response.";
    }

    @Override
    public Detection detect(VideoSeries series, DetectorContext context) {
        DetectorSettings settings = context.settings();
        double theta = settings.getDouble("theta", 0.4, 0.05, 1.5);
        CascadeClassifier classifier = new CascadeClassifier(
                settings.getDouble("burst-z", 6.0, 1.0, 100.0),
                settings.getDouble("buildup-threshold", 0.25, 0.01, 0.99),
                settings.getDouble("critical-branching-ratio", 0.75, 0.1, 1.5));
        int horizon = settings.getInt("response-horizon-days", 365, 7, 10_000);

        DailyViews days = DailyViews.of(context.grid(series));
        if (days.size() < MIN_DAYS) {
            return Detection.insufficientData(this, "Telling how a video spread needs at least " + MIN_DAYS
                    + " days of daily views, but the series spans " + plural(days.size(), "day") + ".");
        }
        if (days.usableCount() < MIN_DAYS) {
            return Detection.insufficientData(this, "Telling how a video spread needs at least " + MIN_DAYS
                    + " days of daily views outside gaps between samples, but the series has "
                    + days.usableCount() + " of " + days.size() + ", so sample the video daily.");
        }
        if (days.flat()) {
            return Detection.insufficientData(this, "The view count stayed the same over all "
                    + plural(days.size(), "day") + ", so there is no spread to explain; it needs views to grow on "
                    + "at least one day.");
        }
        BurstShape shape = BurstShape.of(days);
        boolean burst = shape.significance() >= classifier.burstZ();
        int after = days.size() - 1 - shape.peakDay();
        if (burst && after < MIN_DAYS_AFTER_PEAK) {
            return Detection.insufficientData(this, "Daily views peaked " + (after == 0 ? "on the last day"
                    : plural(after, "day") + " before the end") + ", so the relaxation that tells the mechanism "
                    + "apart is not visible yet: it needs at least " + MIN_DAYS_AFTER_PEAK + " days of daily views "
                    + "after the peak, and the series has " + after + ".");
        }

        PaidFlights flights = PaidFlights.of(series);
        Episodes.Found found = Episodes.find(days, classifier, theta, flights);
        List<Episode> episodes = found.episodes();
        double[] x = days.views();
        SelfExcitingFit hawkes = SelfExcitingFit.fit(x, days.usable(), burst ? shape.peakDay() : -1, theta);
        RelaxationFit relaxation = null;
        if (burst) {
            boolean exogenous = shape.buildup() < classifier.buildupThreshold();
            relaxation = relax(days, shape.peakDay(), hawkes, exogenous);
            if (relaxation != null && !(relaxation.amplitude() > 0 && relaxation.exponent() > NO_DECAY)) {
                // nothing above the baseline after the peak, or no decay at all: no relaxation to measure
                relaxation = null;
            }
        }
        double n = hawkes.branchingRatio();
        double alpha = relaxation == null ? Double.NaN : relaxation.exponent();
        CascadeClassifier.Verdict verdict = classifier.classify(shape, n, alpha, days.growth());
        CascadeClass k = verdict.cascadeClass();
        Optional<Plateau> plateau = burst && flights.on(days.closes()[shape.peakDay()]).isEmpty()
                ? found.plateauOn(shape.peakDay()) : Optional.empty();
        if (plateau.isPresent()) {
            // the main burst held a level between two abrupt edges: a push switched on and off, whatever the
            // build-up share of the days before its peak (inside the plateau) and the fits read into it
            return with(plateauPush(days, shape, hawkes, plateau.get(), k, theta, horizon), episodes);
        }
        LevelStep step = LevelStep.fit(days, hawkes);
        if (step != null && step.gain() >= STEP_GAIN && step.branching() < classifier.criticalBranchingRatio()
                && step.held() >= LevelStep.HOLDS) {
            return with(levelShift(days, shape, hawkes, step, classifier.criticalBranchingRatio(), theta, horizon),
                    episodes);
        }
        // A jump (or a peak at launch, too early for a build-up to show) whose decay is exponential, decisively
        // better than a power law, is not a self-exciting relaxation but an outside push fading (Bass p-driven, a
        // paid campaign ending): the class by shape is a weak guess and the class reported is the push's,
        // exogenous subcritical, with no breakout. A long build-up that decays exponentially is a saturating
        // S-curve of word of mouth: left as classified, unless two exponentials describe it (below).
        boolean exogenous = k.exogenous() || (burst && shape.peakDay() <= LAUNCH_DAYS);
        boolean pushFading = exogenous && relaxation != null
                && relaxation.powerLawAdvantage() < -EXPONENTIAL_DECISIVE_AIC;
        if (!pushFading && burst && (k == CascadeClass.ENDOGENOUS_CRITICAL || k == CascadeClass.EXOGENOUS_CRITICAL)) {
            TwoExponentials lines = TwoExponentials.fit(days);
            if (lines.residualOverNoise(shape.noise()) <= TwoExponentials.WITHIN_NOISE) {
                return with(rateShift(days, shape, hawkes, lines, k, theta, horizon), episodes);
            }
        }
        if (verdict.confidence() < MIN_CONFIDENCE) {
            // the window as a whole cannot be told, but each episode was classified on its own stretch
            return with(Detection.builder(this, DetectionStatus.INSUFFICIENT_DATA)
                    .summary(contradiction(k, days, shape, n, classifier.criticalBranchingRatio())), episodes);
        }
        double confidence = Math.min(MAX_CONFIDENCE, pushFading ? verdict.confidence() / 2 : verdict.confidence());
        double withinHorizon = HipModel.ofBranchingRatio(n, hawkes.shift(), theta, 1).endogenousResponse(horizon);
        double response = n < 1 ? 1 / (1 - n) : withinHorizon;

        Detection.Builder d = Detection.ok(this)
                .metric("class", pushFading ? CascadeClass.EXOGENOUS_SUBCRITICAL.id() : k.id())
                .metric("branching_ratio", n)
                .metricOrUnknown("decay_exponent", relaxation == null ? null : alpha)
                .metricOrUnknown("endogenous_response", response)
                .metricOrUnknown("endogenous_response_within_horizon", withinHorizon)
                .metric("response_horizon_days", horizon)
                .metric("burst_weight", shape.burstWeight())
                .metricOrUnknown("powerlaw_vs_exponential",
                        relaxation == null ? null : relaxation.powerLawAdvantage())
                .metric("confidence", confidence)
                .metric("buildup", shape.buildup())
                .metric("burst_significance", shape.significance())
                .metric("baseline_daily_views", shape.baseline())
                .metric("background_daily_views", hawkes.background())
                .metric("kernel_shift_days", hawkes.shift())
                .metricOrUnknown("relaxation_days", relaxation == null ? null : (double) relaxation.points());
        Optional<CampaignFlight> flight = burst ? flights.on(days.closes()[shape.peakDay()]) : Optional.empty();
        if (burst) {
            d.event(new Event("peak", days.closes()[shape.peakDay()], shape.peakViews(),
                    "peak: " + Figures.count(shape.peakViews()) + " views/day",
                    Map.of("baseline_daily_views", shape.baseline(), "burst_significance", shape.significance())));
            if (!pushFading && flight.isEmpty()) { // a paid peak is no cascade feeding itself: no breakout
                CriticalBurst.add(d, k, days.closes()[shape.peakDay()], n);
            }
        } else if (k == CascadeClass.ENDOGENOUS_CRITICAL) {
            // sustained critical growth without one burst: the breakout is dated at its largest day so far
            CriticalBurst.add(d, k, days.closes()[shape.peakDay()], n);
        }
        MetricUnits.declare(d);
        String paid = "";
        if (pushFading) {
            d.evidence(Mechanism.EXTERNAL_PUSH, 2 * confidence * 0.8, "After the peak, views decay exponentially"
                    + " rather than as a power law (AIC " + Figures.decimal(-relaxation.powerLawAdvantage())
                    + " better): a sustained outside push fading, not a self-exciting cascade.");
        } else if (flight.isPresent()) {
            // a declared cause outranks a shape: a flight's ramp builds up like word of mouth but is paid for
            paid = " The peak fell during " + PaidFlights.words(flight.get()) + ", so the burst is read as that"
                    + " push, whatever its shape.";
            d.evidence(Mechanism.EXTERNAL_PUSH, confidence, "The burst peaked on "
                    + Figures.date(days.closes()[shape.peakDay()]) + ", during " + PaidFlights.words(flight.get())
                    + ": its rise is that push, not the " + k.phrase() + " spread its shape alone reads"
                    + " (branching ratio " + Figures.decimal(n) + "); how much of it viewers passed on is for the flight's"
                    + " split into paid and earned views to say.");
        } else {
            evidence(d, k, confidence, n, alpha, burst);
        }
        return with(d.summary(summary(k, days, shape, n, alpha, confidence, pushFading, classifier.burstZ())
                + paid), episodes);
    }

    /**
     * The metrics of an outside shift (a level step or a change of growth rate): exogenous subcritical, no decay
     * exponent or power-law comparison, since the burst is no cascade relaxing.
     */
    private Detection.Builder outsideShift(double n, double endogenousResponse, double withinHorizon, int horizon,
                                           BurstShape shape, SelfExcitingFit hawkes, double confidence) {
        return Detection.ok(this)
                .metric("class", CascadeClass.EXOGENOUS_SUBCRITICAL.id())
                .metric("branching_ratio", n)
                .metricOrUnknown("decay_exponent", null)
                .metricOrUnknown("endogenous_response", endogenousResponse)
                .metricOrUnknown("endogenous_response_within_horizon", withinHorizon)
                .metric("response_horizon_days", horizon)
                .metric("burst_weight", shape.burstWeight())
                .metricOrUnknown("powerlaw_vs_exponential", null)
                .metric("confidence", confidence)
                .metric("buildup", shape.buildup())
                .metric("burst_significance", shape.significance())
                .metric("baseline_daily_views", shape.baseline())
                .metric("background_daily_views", hawkes.background())
                .metric("kernel_shift_days", hawkes.shift())
                .metricOrUnknown("relaxation_days", null);
    }

    /** The detection with the series' episodes. */
    private static Detection with(Detection.Builder d, List<Episode> episodes) {
        episodes.forEach(d::episode);
        return d.build();
    }

    /**
     * Gain of the fit ({@link LevelStep#gain()}, a log-likelihood ratio on one day's step of the background) from
     * which a step of the outside inflow explains the views better than self-excitation: well beyond the gains of
     * 3–20 that the search for the best step day finds in series without one (a likelihood-ratio statistic
     * maximised over the day), and below the 50–900 of a real step of 1.6 to 5 times.
     */
    static final double STEP_GAIN = 30;

    /**
     * The detection of a series whose level stepped: the outside inflow changed, and with that change allowed for,
     * views pass on far below criticality. An outside push, not a cascade: exogenous subcritical, no breakout.
     */
    private Detection.Builder levelShift(DailyViews days, BurstShape shape, SelfExcitingFit hawkes, LevelStep step,
                                 double critical, double theta, int horizon) {
        double n = Math.max(0, step.branching());
        double confidence = Math.min(MAX_CONFIDENCE, Math.min(logistic((step.gain() - STEP_GAIN) / 10),
                logistic((critical - n) / 0.1)));
        double withinHorizon = HipModel.ofBranchingRatio(n, hawkes.shift(), theta, 1).endogenousResponse(horizon);
        String when = Figures.date(days.closes()[step.day()]);
        String direction = step.levelAfter() >= step.levelBefore() ? "up" : "down";
        String levels = "from about " + Figures.count(step.levelBefore()) + " to " + Figures.count(step.levelAfter())
                + " views a day on " + when;
        Detection.Builder d = outsideShift(n, 1 / (1 - n), withinHorizon, horizon, shape, hawkes, confidence)
                .event(new Event("level-shift", days.closes()[step.day()], step.levelAfter(),
                        "level shift: " + Figures.count(step.levelBefore()) + " to "
                                + Figures.count(step.levelAfter()) + " views/day",
                        Map.of("baseline_daily_views", step.levelBefore(), "fit_gain", step.gain())));
        MetricUnits.declare(d);
        d.evidence(Mechanism.EXTERNAL_PUSH, confidence, "Daily views stepped " + direction + " " + levels
                + " and stayed there: a change of outside inflow (a campaign, a feature, a release), not views "
                + "passed on (branching ratio " + Figures.decimal(n) + " once the step is allowed for).");
        return d.summary("Outside shift: daily views stepped " + direction + " " + levels + " and stayed there; "
                + "allowing for that change of outside inflow, each view brings only " + Figures.decimal(n)
                + " more, far below the critical " + Figures.decimal(critical) + ", so no cascade drives the views "
                + "(exogenous subcritical, " + Figures.percent(confidence) + " confidence).");
    }

    /**
     * The detection of a burst that two exponentials describe to within the day-to-day noise: an outside drive
     * whose growth rate changed (a campaign starting or ending), not a cascade, whose build-up and relaxation are
     * power laws. An outside push: exogenous subcritical, no breakout; the branching ratio fitted under a constant
     * inflow is reported, but it measures the drive's growth, not views passed on.
     */
    private Detection.Builder rateShift(DailyViews days, BurstShape shape, SelfExcitingFit hawkes, TwoExponentials lines,
                                CascadeClass byShape, double theta, int horizon) {
        double n = hawkes.branchingRatio();
        double fit = lines.residualOverNoise(shape.noise());
        double confidence = Math.min(MAX_CONFIDENCE, logistic((TwoExponentials.WITHIN_NOISE - fit) / 0.05));
        double withinHorizon = HipModel.ofBranchingRatio(n, hawkes.shift(), theta, 1).endogenousResponse(horizon);
        String when = Figures.date(days.closes()[lines.day()]);
        String change = "daily views " + trend(lines.before()) + " until " + when + " and " + trend(lines.after())
                + " after";
        Detection.Builder d = outsideShift(n, n < 1 ? 1 / (1 - n) : withinHorizon, withinHorizon, horizon, shape,
                hawkes, confidence)
                .event(new Event("rate-change", days.closes()[lines.day()], days.views()[lines.day()],
                        "growth rate change: " + Figures.signedPercent(lines.before()) + " to "
                                + Figures.signedPercent(lines.after()) + " a day",
                        Map.of("rate_before", lines.before(), "rate_after", lines.after())));
        MetricUnits.declare(d);
        d.evidence(Mechanism.EXTERNAL_PUSH, confidence, "Log daily views follow two straight lines: " + change
                + ", as an outside drive changing its rate does (a campaign starting or ending), not the power-law "
                + "build-up and relaxation of a cascade.");
        return d.summary("Outside drive changing rate: " + change + ", two exponentials that fit to within the "
                + "day-to-day noise, so the burst is an outside push, not a self-exciting cascade (exogenous "
                + "subcritical; by shape alone " + byShape.phrase() + ", branching ratio " + Figures.decimal(n) + ", "
                + Figures.percent(confidence) + " confidence).");
    }

    /**
     * The detection of a main burst that is a {@link Plateau}: views jumped to a level, held it and fell straight
     * back, a push switched on and off (a paid or featured promotion). An outside push: exogenous subcritical, no
     * decay exponent (the plateau does not relax) and no breakout; the branching ratio fitted under a constant
     * inflow is reported, but it measures the push, not views passed on. The confidence follows the level's
     * flatness.
     */
    private Detection.Builder plateauPush(DailyViews days, BurstShape shape, SelfExcitingFit hawkes, Plateau plateau,
                                          CascadeClass byShape, double theta, int horizon) {
        double n = hawkes.branchingRatio();
        double confidence = Math.min(MAX_CONFIDENCE,
                logistic((Math.log(Plateau.FLAT_RATIO) - Math.abs(Math.log(plateau.drift()))) / 0.1));
        double withinHorizon = HipModel.ofBranchingRatio(n, hawkes.shift(), theta, 1).endogenousResponse(horizon);
        String level = "about " + Figures.count(plateau.level() + shape.baseline()) + " a day";
        String span = " from " + Figures.date(days.closes()[plateau.first()]) + " to "
                + Figures.date(days.closes()[plateau.last()]) + " (" + plateau.days() + " days) and fell straight back";
        Detection.Builder d = outsideShift(n, n < 1 ? 1 / (1 - n) : withinHorizon, withinHorizon, horizon, shape,
                hawkes, confidence)
                .event(new Event("peak", days.closes()[shape.peakDay()], shape.peakViews(),
                        "peak: " + Figures.count(shape.peakViews()) + " views/day",
                        Map.of("baseline_daily_views", shape.baseline(), "burst_significance", shape.significance())));
        MetricUnits.declare(d);
        d.evidence(Mechanism.EXTERNAL_PUSH, confidence, "Daily views jumped to " + level + " with no build-up, "
                + "held there" + span + " with no decay tail: a push switched on and off (a paid or featured "
                + "promotion), not word of mouth, which builds up and decays through its memory, nor a shock, which "
                + "relaxes.");
        return d.summary("Outside push: daily views held at " + level + span + ", with no build-up before and no "
                + "decay after, so no cascade drives the burst (exogenous subcritical; by shape alone "
                + byShape.phrase() + ", branching ratio " + Figures.decimal(n) + ", " + Figures.percent(confidence)
                + " confidence).");
    }

    /** "rose 3.1% a day", "fell 4.0% a day" or "held steady" for a growth rate of log daily views. */
    private static String trend(double rate) {
        double percent = 100 * Math.expm1(rate);
        if (Math.abs(percent) < 0.05) {
            return "held steady";
        }
        return (percent > 0 ? "rose " : "fell ") + Figures.unsignedPercent(Math.abs(percent) / 100) + " a day";
    }

    private static double logistic(double margin) {
        return 1 / (1 + Math.exp(-margin));
    }

    /** The relaxation fit of the views above the baseline after the peak; null when too few days count. */
    static RelaxationFit relax(DailyViews days, int peak, SelfExcitingFit hawkes, boolean exogenous) {
        double[] x = days.views();
        double[] baseline;
        if (exogenous) {
            baseline = hawkes.backgroundResponse(x.length);
        } else {
            baseline = new double[x.length];
            java.util.Arrays.fill(baseline, hawkes.background());
        }
        double[] lambda = hawkes.intensity();
        int length = x.length - 1 - peak;
        double[] excess = new double[length];
        double[] weights = new double[length];
        for (int i = 0; i < length; i++) {
            int t = peak + 1 + i;
            excess[i] = x[t] - baseline[t];
            weights[i] = days.usable()[t] ? SelfExcitingFit.weight(lambda[t]) : 0;
        }
        return RelaxationFit.fit(excess, weights, hawkes.shift());
    }

    /** A relaxation exponent at or below this is no decay (the fit's lower bound), so no exponent is reported. */
    static final double NO_DECAY = 1e-3;

    /**
     * Below this confidence the findings contradict each other (a build-up with a branching ratio far from
     * critical, no burst with a critical one), and the detector says it cannot tell rather than guess.
     */
    static final double MIN_CONFIDENCE = 0.1;

    /** Why the findings cannot be combined into a class. */
    private static String contradiction(CascadeClass k, DailyViews days, BurstShape shape, double n,
                                        double critical) {
        if (k == CascadeClass.ENDOGENOUS_CRITICAL) {
            return "Views rose to a peak on " + Figures.date(days.closes()[shape.peakDay()]) + ", but the fitted "
                    + "branching ratio (" + Figures.decimal(n) + ") is far below the critical level ("
                    + Figures.decimal(critical) + ") a word-of-mouth build-up needs: the findings contradict each "
                    + "other, so the mechanism cannot be told.";
        }
        return "There is no significant burst, but the fitted branching ratio (" + Figures.decimal(n) + ") is "
                + "at or above the critical level (" + Figures.decimal(critical) + "), which a steady series cannot "
                + "show: its " + days.size() + " days of daily views "
                + "are too few or too noisy to tell how the video spread.";
    }

    /** AIC advantage of the exponential over the power-law relaxation beyond which the decay counts as exponential. */
    static final double EXPONENTIAL_DECISIVE_AIC = 10;

    /** A peak this close to the first day leaves no room to see whether views built up before it. */
    static final int LAUNCH_DAYS = 3;

    private static void evidence(Detection.Builder d, CascadeClass k, double confidence, double n, double alpha,
                                 boolean burst) {
        String figures = "branching ratio " + Figures.decimal(n)
                + (Double.isFinite(alpha) ? ", relaxation exponent " + Figures.decimal(alpha) : "");
        switch (k) {
            case EXOGENOUS_CRITICAL -> {
                d.evidence(Mechanism.TASTEMAKER_SHOCK, confidence, "A one-day shock relaxing slowly ("
                        + figures + "): an outside push that ignited a cascade.");
                d.evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.4 * confidence, "The shock's slow relaxation ("
                        + figures + ") shows viewers passing it on.");
            }
            case EXOGENOUS_SUBCRITICAL -> d.evidence(Mechanism.TASTEMAKER_SHOCK, confidence,
                    "A one-day shock relaxing fast (" + figures + "): a one-off outside push.");
            case ENDOGENOUS_CRITICAL -> d.evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, confidence, burst
                    ? "A burst that built up gradually before its peak (" + figures + "): word of mouth."
                    : "Views kept growing without a shock or a single burst (" + figures + "): overlapping "
                    + "cascades of word of mouth.");
            case ENDOGENOUS_SUBCRITICAL -> d.evidence(Mechanism.ORGANIC_BASELINE, confidence,
                    "No significant burst (" + figures + "): a steady organic trickle.");
            default -> throw new IllegalStateException(k.toString());
        }
    }

    private static String summary(CascadeClass k, DailyViews days, BurstShape shape, double n, double alpha,
                                  double confidence, boolean pushFading, double burstZ) {
        String tail = "branching ratio " + Figures.decimal(n)
                + (Double.isFinite(alpha) ? ", relaxation exponent " + Figures.decimal(alpha) : "")
                + ", " + Figures.percent(confidence) + " confidence).";
        String when = Figures.date(days.closes()[shape.peakDay()]);
        if (pushFading) {
            return "Outside push fading: views peaked on " + when + " and then decayed exponentially, not as a "
                    + "power law, so no self-exciting cascade is relaxing (class by shape alone: " + k.phrase() + "; "
                    + tail;
        }
        String head = switch (k) {
            case EXOGENOUS_CRITICAL -> "Exogenous critical: a shock on " + when
                    + " set off a self-exciting cascade (";
            case EXOGENOUS_SUBCRITICAL -> "Exogenous subcritical: a one-off shock on " + when
                    + " that faded fast (";
            case ENDOGENOUS_CRITICAL -> shape.significance() < burstZ
                    ? "Endogenous critical: views grew " + Figures.ratio(days.growth()) + " times over the window "
                    + "with no shock and no single burst, each view bringing about one more: a critical cascade on "
                    + "a steady background (" : "Endogenous critical: views built up by word of mouth to a peak on "
                    + when + " (";
            case ENDOGENOUS_SUBCRITICAL -> "Endogenous subcritical: no significant burst above the typical "
                    + Figures.count(shape.typicalViews())
                    + (Figures.count(shape.typicalViews()).equals("1") ? " view" : " views") + " a day (";
        };
        return head + tail;
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
