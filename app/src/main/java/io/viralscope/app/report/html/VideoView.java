package io.viralscope.app.report.html;

import io.viralscope.app.TerminalText;

import io.viralscope.api.Event;
import io.viralscope.api.SeriesQuality;
import io.viralscope.api.TurnedOffCounts;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.Counted;
import io.viralscope.app.analysis.VideoAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One video's section of the report.
 *
 * @param anchor       id of the section in the page
 * @param videoId      YouTube id
 * @param title        title as shown ("untitled" when YouTube gave none)
 * @param url          the video on YouTube
 * @param window       first to last sample, in words
 * @param firstIso     first sample's date, ISO
 * @param days         days from first to last sample
 * @param samples      number of samples
 * @param lastViews    views at the last sample, or {@code null} without samples
 * @param viewsText    those views, compactly
 * @param verdict      the verdict
 * @param qualityNotes data-quality notes in sentences; empty when the series is clean
 * @param charts       the video's charts
 * @param events       every detector's events, landmarks then the most significant first ({@link EventRanking})
 * @param detectors    every detector's result
 * @param disagreement a sentence when the detectors point to different mechanisms, or {@code null}
 * @param spark        the small multiple of the overview
 * @param breakout     why the video's dynamics turned critical, or empty when they did not
 * @param episodes     the episodes the detectors split the series into, in time order, numbered as on the chart
 */
public record VideoView(String anchor, String videoId, String title, String url, String window, String firstIso,
                        long days, int samples, Double lastViews, String viewsText, VerdictView verdict,
                        List<String> qualityNotes, List<Chart> charts, List<EventRow> events,
                        List<DetectorCard> detectors, String disagreement, SvgImage spark, List<String> breakout,
                        List<EpisodeRow> episodes) {

    /**
     * One event as a table row.
     *
     * @param date       when
     * @param type       type in words
     * @param detector   which detector found it
     * @param label      the detector's label
     * @param value      its value, compactly
     * @param attributes further figures, in words
     */
    public record EventRow(String date, String type, String detector, String label, String value,
                           String attributes) {
    }

    /** YouTube allows 100 characters; a longer "title" from a file is cut, so it cannot bloat every place it shows. */
    static final int TITLE_LIMIT = 200;

    /** A title as the page shows it: control characters as spaces, at most {@link #TITLE_LIMIT} characters. */
    static String displayTitle(String title) {
        return TerminalText.printable(title, TITLE_LIMIT);
    }

    static VideoView of(VideoAnalysis v, String anchor, List<String> breakout) {
        return of(v, VideoEntry.of(v, anchor), breakout);
    }

    /** The section of a video whose overview entry {@code e} is already made. */
    static VideoView of(VideoAnalysis v, VideoEntry e, List<String> breakout) {
        VideoSeries s = v.series();
        List<EventRow> events = EventRanking.of(v.detections()).stream()
                .map(x -> eventRow(x.event(), x.detection().detector())).toList();
        return new VideoView(e.anchor(), e.videoId(), e.title(), e.url(), e.window(), e.firstIso(), e.days(),
                e.samples(), e.lastViews(), e.viewsText(), e.verdict(), qualityNotes(v.quality(), s),
                new VideoCharts(v, e.anchor(), "“" + e.title() + "”").all(), events,
                v.detections().stream().map(DetectorCard::of).toList(),
                Leaning.disagreement(v.detections()).orElse(null), e.spark(), List.copyOf(breakout),
                EpisodeRow.of(v.detections()));
    }

    private static EventRow eventRow(Event e, String detector) {
        String attributes = new TreeMap<>(e.attributes()).entrySet().stream()
                .map(a -> MetricText.name(a.getKey()) + " " + MetricText.attribute(a.getKey(), a.getValue()))
                .collect(Collectors.joining(", "));
        return new EventRow(HumanDates.day(e.at()), EventStyle.of(e.type()).noun(), detector, e.label(),
                HumanNumbers.compact(e.value()), attributes);
    }

    /** Data-quality notes in sentences, the view counts' and the engagement counts'; empty for a clean series. */
    static List<String> qualityNotes(SeriesQuality q, VideoSeries s) {
        List<String> notes = qualityNotes(q);
        for (TurnedOffCounts.TurnedOff t : TurnedOffCounts.runs(s)) {
            notes.add(capitalised(t.count()) + (t.fell() ? " fell from " + HumanNumbers.count(t.before()) + " to 0 on "
                    + HumanDates.day(t.at()) : " read 0 on " + HumanNumbers.count(t.views()) + " views on "
                    + HumanDates.day(t.at())) + ": they appear hidden or turned off, so the zeros are read as unknown,"
                    + " not as no " + t.count() + ".");
        }
        boolean noLikes = !s.isEmpty() && s.samples().stream().allMatch(x -> x.likes() == null);
        boolean noComments = !s.isEmpty() && s.samples().stream().allMatch(x -> x.comments() == null);
        if (noLikes || noComments) {
            notes.add("No sample has a " + (noLikes && noComments ? "like or comment" : noLikes ? "like" : "comment")
                    + " count (hidden, turned off, or not in the data), so " + (noLikes && noComments ? "engagement"
                    : noLikes ? "likes" : "comments") + " per view is unknown.");
        }
        return notes;
    }

    /** Data-quality notes of the view counts in sentences; empty for a clean series. */
    static List<String> qualityNotes(SeriesQuality q) {
        List<String> notes = new ArrayList<>();
        if (q.gaps() > 0) {
            notes.add(times(q.gaps(), "gap") + " between samples longer than the daily grid bridges: the days"
                    + " inside are interpolated (shaded in the charts), and no shape should be read into them.");
        }
        if (q.decreases() > 0) {
            notes.add("The view count went down " + (q.decreases() == 1 ? "once" : q.decreases() + " times")
                    + " from one sample to the next"
                    + " (YouTube corrected it); the charts carry the previous maximum forward.");
        }
        if (q.frozenSpans() > 0) {
            notes.add(times(q.frozenSpans(), "frozen span") + ": the count stood still for two days or more and then"
                    + " grew again (YouTube validating views, or a counting-rule change).");
        }
        return notes;
    }

    /** The window's length, such as "90 days". */
    public String spanText() {
        return Counted.of(days, "day");
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String times(int n, String noun) {
        return n == 1 ? "One " + noun : n + " " + noun + "s";
    }
}
