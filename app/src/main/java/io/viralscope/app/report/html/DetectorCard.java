package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.app.analysis.VerdictBuilder;

import java.util.List;

/**
 * One detector's result for one video, every metric and curve included, whatever the detector.
 *
 * @param detector   detector id
 * @param version    detector version
 * @param status     status wire name ({@code ok}, {@code insufficient_data}, {@code failed})
 * @param statusText status in words
 * @param statusTone CSS class of the status
 * @param summary    the detector's one-sentence headline
 * @param leaning    the mechanism its evidence points to, in words, or {@code null}
 * @param leaningTone CSS class of that mechanism, or {@code null}
 * @param metrics    every metric, in the detector's order, in the unit the detection declares
 * @param curves     names of its curves, the best fit marked
 * @param evidence   its evidence sentences, with the mechanism each supports
 * @param capNote    why the verdict claims less than this detector's strongest evidence weight, when that weight is
 *                   above the verdicts' cap; otherwise {@code null}
 */
public record DetectorCard(String detector, String version, String status, String statusText, String statusTone,
                           String summary, String leaning, String leaningTone, List<Metric> metrics,
                           List<String> curves, List<String> evidence, String capNote) {

    /**
     * A metric as shown.
     *
     * @param name  snake_case name
     * @param words the name in words
     * @param text  the value, formatted
     * @param raw   the exact value, for a tooltip
     */
    public record Metric(String name, String words, String text, String raw) {
    }

    static DetectorCard of(Detection d) {
        Leaning leaning = Leaning.of(d).orElse(null);
        List<Metric> metrics = d.metrics().entrySet().stream().map(e -> new Metric(e.getKey(),
                MetricText.name(e.getKey()), MetricText.of(e.getValue(), d.info(e.getKey())),
                e.getValue() == null ? "unknown" : String.valueOf(e.getValue()))).toList();
        List<String> curves = d.curves().stream().map(DetectorCard::curveName).toList();
        List<String> evidence = d.evidence().stream().map(e -> e.finding() + " (supports "
                + e.mechanism().phrase() + ", weight " + HumanNumbers.decimal(e.weight()) + ")").toList();
        return new DetectorCard(d.detector(), d.version(), d.status().wireName(), statusText(d.status()),
                statusTone(d.status()), d.summary(),
                leaning == null ? null : leaning.words().phrase(), leaning == null ? null : leaning.words().tone(),
                metrics, curves, evidence, capNote(d));
    }

    /**
     * A sentence when an evidence weight exceeds the verdicts' cap, so a card never shows a surer figure than the
     * verdict without saying why.
     */
    static String capNote(Detection d) {
        double strongest = d.evidence().stream().mapToDouble(MechanismEvidence::weight).max().orElse(0);
        if (strongest <= VerdictBuilder.MAX_CONFIDENCE) {
            return null;
        }
        return "Evidence weight " + HumanNumbers.decimal(strongest) + " is this detector's own strength of evidence;"
                + " the verdict claims at most " + HumanNumbers.wholePercent(VerdictBuilder.MAX_CONFIDENCE)
                + " confidence, since it is inferred from public counts.";
    }

    static String statusText(DetectionStatus status) {
        return switch (status) {
            case OK -> "ok";
            case INSUFFICIENT_DATA -> "insufficient data";
            case FAILED -> "failed";
        };
    }

    static String statusTone(DetectionStatus status) {
        return switch (status) {
            case OK -> "st-ok";
            case INSUFFICIENT_DATA -> "st-insufficient";
            case FAILED -> "st-failed";
        };
    }

    private static String curveName(FittedCurve c) {
        return c.name() + " (" + c.quantity().name().toLowerCase().replace('_', ' ') + ", " + c.size()
                + " points" + (c.primary() ? ", best fit" : "") + ")";
    }
}
