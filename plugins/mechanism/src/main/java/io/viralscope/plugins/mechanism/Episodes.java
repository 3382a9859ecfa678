package io.viralscope.plugins.mechanism;

import io.viralscope.api.Episode;
import io.viralscope.api.Mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The episodes of a series ({@link EpisodeFinder}), each classified on its own stretch of days: from up to
 * {@value #LEAD_DAYS} days before it (after the previous episode) to up to {@value #TAIL_DAYS} days after it
 * (before the next), with the same burst shape, self-exciting fit, relaxation and classifier as the whole window.
 * The class maps onto the report's vocabulary as the detector's evidence does: exogenous classes a tastemaker
 * shock, endogenous critical community word of mouth, endogenous subcritical an organic baseline, and a jump whose
 * relaxation is decisively exponential an external push. A stretch too short for the fits is told by its shape
 * alone: a jump is a shock, a build-up word of mouth. The stretch is read free of the weekly pattern, as the
 * finder reads it, and an episode that peaked on its first day is a shock even where the stretch's build-up
 * share (three days before its peak) reads a build-up. An episode whose views jumped to a level, held it and fell
 * straight back ({@link Plateau}) is an external push before any fit: its shape is a flight switched on and off.
 */
final class Episodes {

    static final int LEAD_DAYS = 28;
    static final int TAIL_DAYS = 14;
    /** Fewest days from the start to the peak that make an episode a build-up rather than a burst. */
    static final int BUILDUP_DAYS = 4;

    private Episodes() {
    }

    /**
     * The episodes of a series, in time order, and the plateaus among them.
     *
     * @param episodes the episodes
     * @param plateaus the episodes' plateaus, in time order
     */
    record Found(List<Episode> episodes, List<Plateau> plateaus) {

        /** The plateau whose held days include {@code day}, if any. */
        Optional<Plateau> plateauOn(int day) {
            for (Plateau p : plateaus) {
                if (p.holds(day)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** The episodes of {@code days}, in time order, with no paid flight declared. */
    static List<Episode> of(DailyViews days, CascadeClassifier classifier, double theta) {
        return find(days, classifier, theta, PaidFlights.NONE).episodes();
    }

    /**
     * The episodes of {@code days}, in time order; one that peaked during a declared paid flight is an external
     * push, whatever its shape, and its label names the flight.
     */
    static Found find(DailyViews days, CascadeClassifier classifier, double theta, PaidFlights flights) {
        // found and classified free of the weekly pattern: a busy weekday next to a jump is no build-up
        DailyViews adjusted = EpisodeFinder.weekAdjusted(days);
        List<EpisodeFinder.Span> spans = EpisodeFinder.findAdjusted(adjusted);
        double noise = Double.NaN;
        List<Episode> episodes = new ArrayList<>(spans.size());
        List<Plateau> plateaus = new ArrayList<>();
        double[] x = days.views();
        for (int i = 0; i < spans.size(); i++) {
            EpisodeFinder.Span s = spans.get(i);
            int from = Math.max(i == 0 ? 0 : spans.get(i - 1).end() + 1, s.start() - LEAD_DAYS);
            int to = Math.min(i + 1 < spans.size() ? spans.get(i + 1).start() : x.length, s.end() + 1 + TAIL_DAYS);
            var flight = flights.on(days.closes()[s.peak()]);
            if (Double.isNaN(noise)) {
                noise = EpisodeFinder.noise(adjusted.views(), adjusted.usable());
            }
            Plateau plateau = s.start() == 0 && i == 0 ? null : Plateau.of(adjusted, s, noise);
            if (plateau != null) {
                plateaus.add(plateau);
            }
            Mechanism mechanism = flight.isPresent() || plateau != null ? Mechanism.EXTERNAL_PUSH
                    : mechanism(slice(adjusted, from, to), classifier, theta, s.rise());
            String label = plateau != null ? plateauLabel(days, plateau, s.baseline())
                    : (s.start() == 0 && i == 0 ? "launch burst" : s.rise() >= BUILDUP_DAYS
                    ? "build-up over " + s.rise() + " days" : "burst") + " to "
                    + times((x[s.peak()] + 1) / (s.baseline() + 1)) + " the baseline, peak on "
                    + Figures.date(days.closes()[s.peak()]);
            label += flight.map(f -> ", during " + PaidFlights.words(f)).orElse("");
            episodes.add(new Episode(days.closes()[s.start()], days.closes()[s.end()], Math.round(s.excess(x)),
                    mechanism, label));
        }
        return new Found(episodes, plateaus);
    }

    /** "plateau at 3.1× the baseline for 13 days, 2024-08-20 to 2024-09-01". */
    private static String plateauLabel(DailyViews days, Plateau p, double baseline) {
        return "plateau at " + times((baseline + p.level() + 1) / (baseline + 1)) + " the baseline for "
                + p.days() + " days, " + Figures.date(days.closes()[p.first()]) + " to "
                + Figures.date(days.closes()[p.last()]);
    }

    private static Mechanism mechanism(DailyViews stretch, CascadeClassifier classifier, double theta, int rise) {
        Mechanism byShape = rise >= BUILDUP_DAYS ? Mechanism.COMMUNITY_WORD_OF_MOUTH : Mechanism.TASTEMAKER_SHOCK;
        if (stretch.size() < MechanismDetector.MIN_DAYS || stretch.usableCount() < MechanismDetector.MIN_DAYS
                || stretch.flat()) {
            return byShape;
        }
        BurstShape shape = BurstShape.of(stretch);
        if (stretch.size() - 1 - shape.peakDay() < MechanismDetector.MIN_DAYS_AFTER_PEAK) {
            return byShape;
        }
        SelfExcitingFit hawkes = SelfExcitingFit.fit(stretch.views(), stretch.usable(), shape.peakDay(), theta);
        boolean exogenous = shape.buildup() < classifier.buildupThreshold();
        RelaxationFit relaxation = MechanismDetector.relax(stretch, shape.peakDay(), hawkes, exogenous);
        double alpha = relaxation != null && relaxation.amplitude() > 0
                && relaxation.exponent() > MechanismDetector.NO_DECAY ? relaxation.exponent() : Double.NaN;
        CascadeClass k = classifier.classify(shape, hawkes.branchingRatio(), alpha, stretch.growth()).cascadeClass();
        if (k.exogenous() && !Double.isNaN(alpha)
                && relaxation.powerLawAdvantage() < -MechanismDetector.EXPONENTIAL_DECISIVE_AIC) {
            return Mechanism.EXTERNAL_PUSH;
        }
        return switch (k) {
            case EXOGENOUS_CRITICAL, EXOGENOUS_SUBCRITICAL -> Mechanism.TASTEMAKER_SHOCK;
            // an episode that jumped from its baseline to its peak in one day built nothing up: a shock whose
            // excess the stretch's three-day build-up share misreads (a jump spread over two days, say)
            case ENDOGENOUS_CRITICAL -> rise == 0 ? Mechanism.TASTEMAKER_SHOCK : Mechanism.COMMUNITY_WORD_OF_MOUTH;
            case ENDOGENOUS_SUBCRITICAL -> byShape;
        };
    }

    /** A ratio as "4.2×", or "37×" from 10 on. */
    static String times(double ratio) {
        if (ratio >= 10) {
            return Math.round(ratio) + "×";
        }
        long tenths = Math.round(ratio * 10);
        // the tenths written out as String.valueOf(tenths / 10.0) writes them below 10, without a double's digits
        return (tenths < 0 ? String.valueOf(tenths / 10.0) : tenths / 10 + "." + tenths % 10) + "×";
    }

    private static DailyViews slice(DailyViews days, int from, int to) {
        return new DailyViews(Arrays.copyOfRange(days.views(), from, to), Arrays.copyOfRange(days.usable(), from, to),
                Arrays.copyOfRange(days.closes(), from, to));
    }
}
