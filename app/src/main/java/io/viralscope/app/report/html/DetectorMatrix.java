package io.viralscope.app.report.html;

import io.viralscope.app.Counted;
import io.viralscope.app.analysis.VerdictAgreement;
import io.viralscope.app.analysis.VideoAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detectors side by side: one row per video, one column per detector with its status and headline finding, and
 * a last column saying whether the detectors' evidence agrees.
 *
 * @param detectors  the detector ids, in column order
 * @param rows       one row per video with a section in the page
 * @param videos     every video of the report, with or without a row
 * @param comparable videos on which two or more detectors offered evidence
 * @param disagree   videos on which they point to different mechanisms
 */
public record DetectorMatrix(List<String> detectors, List<Row> rows, long videos, long comparable,
                             long disagree) {

    /** Counts, as videos go by, on how many the detectors agree. */
    static final class Agreement {
        private long videos;
        private long comparable;
        private long disagree;

        void add(VideoAnalysis v) {
            VerdictAgreement a = VerdictAgreement.of(v.detections());
            videos++;
            comparable += a.comparable() ? 1 : 0;
            disagree += a.disagree() ? 1 : 0;
        }
    }

    /**
     * One video.
     *
     * @param anchor    its section's id
     * @param title     its title
     * @param entries   one per detector column; an entry with a {@code null} status means the detector did not run
     * @param agreement a sentence on whether the detectors agree
     * @param disagree  true when they point to different mechanisms
     * @param comparable true when two or more detectors offered evidence, so they can agree or disagree
     */
    public record Row(String anchor, String title, List<Entry> entries, String agreement, boolean disagree,
                      boolean comparable) {
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

    /**
     * The matrix of {@code views}, whose detector cards already hold each detection as shown; {@code videos} are
     * the analyses behind them, in the same order, whose agreement is the verdict's ({@link VerdictAgreement}).
     */
    static DetectorMatrix of(List<String> detectorIds, List<VideoAnalysis> videos, List<VideoView> views) {
        Agreement all = new Agreement();
        videos.forEach(all::add);
        return of(detectorIds, videos, views, all);
    }

    /** The matrix of the videos with sections, agreement counted over {@code all} the report's videos. */
    static DetectorMatrix of(List<String> detectorIds, List<VideoAnalysis> videos, List<VideoView> views,
                             Agreement all) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            VideoView view = views.get(i);
            Map<String, DetectorCard> cards = new HashMap<>();
            view.detectors().forEach(c -> cards.put(c.detector(), c));
            List<Entry> entries = new ArrayList<>();
            for (String id : detectorIds) {
                DetectorCard c = cards.get(id);
                entries.add(c == null ? new Entry(null, null, "did not run", null, null)
                        : new Entry(c.statusText(), c.statusTone(), c.summary(), c.leaning(), c.leaningTone()));
            }
            VerdictAgreement agreement = VerdictAgreement.of(videos.get(i).detections());
            rows.add(new Row(view.anchor(), view.title(), entries, agreement.sentence(), agreement.disagree(),
                    agreement.comparable()));
        }
        return new DetectorMatrix(List.copyOf(detectorIds), rows, all.videos, all.comparable, all.disagree);
    }

    /** Number of videos on which the detectors disagree. */
    public long disagreements() {
        return disagree;
    }

    /** True when some videos of the report have no row here (no section in the page). */
    public boolean partial() {
        return rows.size() < videos;
    }

    /**
     * The overall agreement in one sentence, counted as the verdicts count it: "Two or more detectors offered
     * evidence on 8 of 144 videos: they agree on 7 and disagree on 1."
     */
    public String agreementSummary() {
        if (comparable == 0) {
            return "On no video did two or more detectors offer evidence, so there is no agreement to compare.";
        }
        long disagree = disagreements();
        return "Two or more detectors offered evidence on " + comparable + " of " + Counted.of(videos, "video")
                + ": they agree on " + (comparable - disagree) + " and disagree on " + disagree + ".";
    }
}
