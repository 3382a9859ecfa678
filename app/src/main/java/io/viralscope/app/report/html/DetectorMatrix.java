package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.app.analysis.VideoAnalysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Detectors side by side: one row per video, one column per detector with its status and headline finding, and
 * a last column saying whether the detectors' evidence agrees.
 *
 * @param detectors the detector ids, in column order
 * @param rows      one row per video
 */
public record DetectorMatrix(List<String> detectors, List<Row> rows) {

    /**
     * One video.
     *
     * @param anchor    its section's id
     * @param title     its title
     * @param entries   one per detector column; an entry with a {@code null} status means the detector did not run
     * @param agreement a sentence on whether the detectors agree
     * @param disagree  true when they point to different mechanisms
     */
    public record Row(String anchor, String title, List<Entry> entries, String agreement, boolean disagree) {
    }

    /**
     * One detector's result for one video.
     *
     * @param statusText  status in words, or {@code null} when the detector did not run on this video
     * @param statusTone  CSS class of the status
     * @param summary     its headline finding
     * @param leaning     the mechanism its evidence points to, or {@code null}
     * @param leaningTone CSS class of that mechanism, or {@code null}
     */
    public record Entry(String statusText, String statusTone, String summary, String leaning, String leaningTone) {
    }

    static DetectorMatrix of(List<String> detectorIds, List<VideoAnalysis> videos, List<VideoView> views) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < videos.size(); i++) {
            VideoAnalysis v = videos.get(i);
            List<Entry> entries = new ArrayList<>();
            for (String id : detectorIds) {
                Detection d = v.detection(id).orElse(null);
                if (d == null) {
                    entries.add(new Entry(null, null, "did not run", null, null));
                    continue;
                }
                Leaning l = Leaning.of(d).orElse(null);
                entries.add(new Entry(DetectorCard.statusText(d.status()), DetectorCard.statusTone(d.status()),
                        d.summary(), l == null ? null : l.words().phrase(), l == null ? null : l.words().tone()));
            }
            String disagreement = views.get(i).disagreement();
            long leaning = v.detections().stream().filter(d -> Leaning.of(d).isPresent()).count();
            String agreement = disagreement != null ? disagreement
                    : leaning == 0 ? "No detector offered evidence on the mechanism."
                    : leaning == 1 ? "Only one detector offered evidence on the mechanism."
                    : "The " + leaning + " detectors with evidence agree.";
            rows.add(new Row(views.get(i).anchor(), views.get(i).title(), entries, agreement, disagreement != null));
        }
        return new DetectorMatrix(List.copyOf(detectorIds), rows);
    }

    /** Number of videos on which the detectors disagree. */
    public long disagreements() {
        return rows.stream().filter(Row::disagree).count();
    }
}
