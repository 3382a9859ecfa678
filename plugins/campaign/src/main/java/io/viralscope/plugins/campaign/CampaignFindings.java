package io.viralscope.plugins.campaign;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Detector;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MetricBand;
import io.viralscope.api.VideoSeries;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The campaign detector's detection: metrics with units and intervals, the summary sentence and the evidence. */
final class CampaignFindings {

    private CampaignFindings() {
    }

    /**
     * How the earned multiplier reads, the one rule for the report and the verdict: from one earned view for each
     * paid one up, the push set off word of mouth (its evidence, never outweighing the push's, makes the verdict
     * "external push that set off word of mouth"); below, the push is the story.
     */
    static final List<MetricBand> MULTIPLIER_BANDS = List.of(new MetricBand(0, 0.5, "little passed on"),
            new MetricBand(0.5, 1.0, "some passed on"), MetricBand.above(1.0, "set off word of mouth"));
    static final MetricBand SET_OFF_WORD_OF_MOUTH = MULTIPLIER_BANDS.get(2);
    static final MetricBand LITTLE_PASSED_ON = MULTIPLIER_BANDS.get(0);

    /**
     * Whether the series tells the views a flight bought from the views it set off: not when the multiplier's 80%
     * interval reaches from "little passed on" to "set off word of mouth" (a flat flight with too little after it
     * to see whether its views outlived it).
     */
    static boolean splitMade(Interval multiplier) {
        return !(LITTLE_PASSED_ON.contains(Math.max(0, multiplier.low()))
                && SET_OFF_WORD_OF_MOUTH.contains(multiplier.high()));
    }

    /** The names of the daily split's curves, bottom to top, as docs/writing-a-detector.md lists them. */
    static final List<String> SPLIT = List.of("baseline", "paid-driven", "earned");

    static Detection detection(Detector detector, VideoSeries series, Instant firstDay, CampaignInput in,
                               CampaignEstimate e) {
        Detection.Builder d = Detection.builder(detector, DetectionStatus.OK);
        CampaignDetector.UNITS.forEach((name, unit) -> {
            d.unit(name, unit);
            if (List.of("paid_views", "earned_views", "earned_multiplier", "earned_share").contains(name)) {
                d.unit(name + "_low", unit).unit(name + "_high", unit);
            }
        });
        interval(d, "paid_views", e.paidDriven());
        d.metric("baseline_views", e.baseline().value());
        double before = mean(in, in.flightFirst() - CampaignDetector.COMPARE_DAYS, in.flightFirst());
        double during = mean(in, in.flightFirst(), in.flightLast() + 1);
        double after = mean(in, in.flightLast() + 1, in.flightLast() + 1 + CampaignDetector.COMPARE_DAYS);
        d.metric("daily_views_before", before).metric("daily_views_during", during).metric("daily_views_after", after);
        d.metric("branching_ratio", e.fit().branching());
        double spend = series.flights().stream().filter(f -> f.stimulus() == CampaignFlight.Stimulus.SPEND)
                .mapToDouble(CampaignFlight::total).sum();
        String currency = series.flights().stream().map(CampaignFlight::currency).filter(c -> c != null).findFirst()
                .orElse(null);
        String flights = flightWords(series);
        d.headline("earned_multiplier").headline("earned_share");
        if (!e.lift()) {
            d.metric("lift", "none");
            d.metricOrUnknown("earned_views", null).metricOrUnknown("earned_views_low", null)
                    .metricOrUnknown("earned_views_high", null).metricOrUnknown("earned_multiplier", null)
                    .metricOrUnknown("earned_multiplier_low", null).metricOrUnknown("earned_multiplier_high", null)
                    .metricOrUnknown("earned_share", null).metricOrUnknown("earned_share_low", null)
                    .metricOrUnknown("earned_share_high", null).metricOrUnknown("cost_per_earned_view", null);
            return d.summary(flights + " shows no lift: the views it bought directly cannot be told from none (80%"
                    + " interval " + views(e.paidDriven().low()) + " to " + views(e.paidDriven().high()) + ", against "
                    + views(during) + " a day during it and " + views(before) + " a day before), so nothing was"
                    + " earned from it either.").build();
        }
        d.metric("lift", "yes");
        // the split day by day, stacked by the report on the daily chart (it knows parts, not campaigns)
        d.curve(FittedCurve.daily(SPLIT.get(0), CurveQuantity.DAILY_VIEWS_PART, false, firstDay, e.daily().baseline()))
                .curve(FittedCurve.daily(SPLIT.get(1), CurveQuantity.DAILY_VIEWS_PART, false, firstDay,
                        e.daily().paidDriven()))
                .curve(FittedCurve.daily(SPLIT.get(2), CurveQuantity.DAILY_VIEWS_PART, false, firstDay,
                        e.daily().earned()));
        interval(d, "earned_views", e.earned());
        interval(d, "earned_multiplier", e.multiplier());
        d.bands("earned_multiplier", MULTIPLIER_BANDS);
        interval(d, "earned_share", e.share());
        d.metricOrUnknown("cost_per_earned_view", spend > 0 && e.earned().value() > 0
                ? spend / e.earned().value() : null);
        if (currency != null) {
            d.metric("currency", currency);
        }
        double total = e.paidDriven().value() + e.earned().value() + e.baseline().value();
        double paidShare = total > 0 ? e.paidDriven().value() / total : 0;
        double multiplier = e.multiplier().value();
        double push = Math.min(1, paidShare + e.share().value());
        d.evidence(Mechanism.EXTERNAL_PUSH, push, String.format(Locale.ROOT,
                "%s bought %.0f%% of the views directly and set off %.0f%% more.", flights, 100 * paidShare,
                100 * e.share().value()));
        boolean split = splitMade(e.multiplier());
        if (split && SET_OFF_WORD_OF_MOUTH.contains(multiplier)) {
            // what the push set off, never outweighing the push itself: the verdict reads "a push that set off
            // word of mouth", not "word of mouth"
            d.evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, Math.min(0.9 * push, e.share().value() * 2), String.format(
                    Locale.ROOT, "The push set off word of mouth: %.1f earned views for each paid one.", multiplier));
        }
        String cost = spend > 0 && e.earned().value() > 0 && currency != null ? String.format(Locale.ROOT,
                " Each earned view cost about %s %s.", money(spend / e.earned().value()), currency) : "";
        if (!split) {
            return d.summary(String.format(Locale.ROOT, "%s bought about %s views directly; the days after it cannot"
                            + " tell how many more it set off (%.1f earned views for each paid one, 80%% interval"
                            + " %.1f–%.1f: from little passed on to word of mouth), so whether it set off word of"
                            + " mouth is not known. Daily views went from %s before to %s during and %s in the two"
                            + " weeks after.", flights, views(e.paidDriven().value()), multiplier,
                    e.multiplier().low(), e.multiplier().high(), views(before), views(during), views(after)))
                    .build();
        }
        return d.summary(String.format(Locale.ROOT, "%s bought about %s views directly and set off about %s more"
                        + " (%.1f earned views for each paid one, 80%% interval %.1f–%.1f); %.0f%% of the video's"
                        + " views were earned from it. Daily views went from %s before to %s during and %s in the"
                        + " two weeks after.%s", flights, views(e.paidDriven().value()), views(e.earned().value()),
                multiplier, e.multiplier().low(), e.multiplier().high(), 100 * e.share().value(), views(before),
                views(during), views(after), cost)).build();
    }

    private static void interval(Detection.Builder d, String name, Interval i) {
        d.metric(name, i.value());
        d.metricOrUnknown(name + "_low", Double.isFinite(i.low()) ? i.low() : null);
        d.metricOrUnknown(name + "_high", Double.isFinite(i.high()) ? i.high() : null);
    }

    private static double mean(CampaignInput in, int from, int to) {
        double s = 0;
        int m = 0;
        for (int k = Math.max(0, from); k < Math.min(in.days(), to); k++) {
            if (in.usable()[k]) {
                s += in.views()[k];
                m++;
            }
        }
        return m == 0 ? 0 : s / m;
    }

    /** "The flight of spring-launch (2026-03-03 to 2026-03-17)", or of several campaigns. */
    private static String flightWords(VideoSeries series) {
        List<CampaignFlight> f = series.flights();
        java.time.LocalDate first = f.stream().map(CampaignFlight::first).min(java.time.LocalDate::compareTo)
                .orElseThrow();
        java.time.LocalDate last = f.stream().map(CampaignFlight::last).max(java.time.LocalDate::compareTo)
                .orElseThrow();
        List<String> names = f.stream().map(CampaignFlight::campaign).distinct().toList();
        String who = names.size() == 1 ? "The flight of " + printable(names.get(0))
                : "The flights of " + names.size() + " campaigns";
        return who + " (" + first + " to " + last + ")";
    }

    /** A campaign name for a sentence: control characters dropped, long names cut. */
    static String printable(String name) {
        String clean = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 60 ? clean.substring(0, 59) + "…" : clean;
    }

    static String views(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (v >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String money(double v) {
        return v >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
