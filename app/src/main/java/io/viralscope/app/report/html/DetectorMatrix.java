package io.viralscope.app.report.html;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The matrix of {@code views}, whose detector cards already hold each detection as shown. */
    static DetectorMatrix of(List<String> detectorIds, List<VideoView> views) {
        List<Row> rows = new ArrayList<>();
        for (VideoView view : views) {
            Map<String, DetectorCard> cards = new HashMap<>();
            view.detectors().forEach(c -> cards.put(c.detector(), c));
            List<Entry> entries = new ArrayList<>();
            for (String id : detectorIds) {
                DetectorCard c = cards.get(id);
                entries.add(c == null ? new Entry(null, null, "did not run", null, null)
                        : new Entry(c.statusText(), c.statusTone(), c.summary(), c.leaning(), c.leaningTone()));
            }
            String disagreement = view.disagreement();
            long leaning = view.detectors().stream().filter(c -> c.leaning() != null).count();
            String agreement = disagreement != null ? disagreement
                    : leaning == 0 ? "No detector offered evidence on the mechanism."
                    : leaning == 1 ? "Only one detector offered evidence on the mechanism."
                    : "The " + leaning + " detectors with evidence agree.";
            rows.add(new Row(view.anchor(), view.title(), entries, agreement, disagreement != null));
        }
        return new DetectorMatrix(List.copyOf(detectorIds), rows);
    }

    /** Number of videos on which the detectors disagree. */
    public long disagreements() {
        return rows.stream().filter(Row::disagree).count();
    }
}
