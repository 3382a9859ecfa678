package io.viralscope.app.report.html;

import io.viralscope.api.SharedEvent;
import io.viralscope.app.report.Report;
import io.viralscope.app.report.SharedEventFinding;
import io.viralscope.app.report.VideoSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shared-events timeline above the comparison table: one strip for the days on which several videos jumped
 * together (from the cohort detectors), one row per video involved, a mark on each event day sized by the video's
 * jump, and below it the events in words. Every title goes through {@link SvgWriter} or the template, both
 * escaping.
 *
 * @param shown  whether the section appears: only when a cohort detector found an event
 * @param svg    the strip, or {@code null} when there is no event
 * @param events the events in day order, in words
 */
public record SharedEventTimeline(boolean shown, SvgImage svg, List<EventLine> events) {

    static final double WIDTH = 960;
    private static final double LABEL_WIDTH = 190;
    private static final double RIGHT = 16;
    private static final double TOP = 38;
    private static final double ROW = 22;
    private static final double BOTTOM = 22;
    private static final int TITLE_CHARS = 28;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * One shared event in words.
     *
     * @param day      the day, such as "12 Jun 2026 (Fri)"
     * @param iso      the day as YYYY-MM-DD
     * @param kind     its kind
     * @param videos   the videos involved, biggest jump first
     * @param summary  the detector's sentence
     * @param detector the cohort detector that found it
     * @param others   videos involved but not named (a page of many videos names the biggest jumps only)
     */
    public record EventLine(String day, String iso, String kind, List<Involved> videos, String summary,
                            String detector, int others) {

        /** An event naming every video involved. */
        public EventLine(String day, String iso, String kind, List<Involved> videos, String summary,
                         String detector) {
            this(day, iso, kind, videos, summary, detector, 0);
        }

        /** How many videos took part: those named and the others. */
        public int count() {
            return videos.size() + others;
        }
    }

    /** On a page of many videos: the videos an event names, biggest jump first (the rest are counted). */
    static final int COMPACT_NAMED = 10;
    /** On a page of many videos: the strip's rows, the videos in the most events. */
    static final int COMPACT_ROWS = 40;
    /** On a page of many videos: a detector's sentence about an event is cut to this length. */
    static final int COMPACT_SUMMARY = 300;

    /**
     * A video's part in an event.
     *
     * @param title  its title (untrusted; the template escapes it)
     * @param anchor its section in the page, or empty when it has none
     * @param size   its jump, such as "3.1×"
     */
    public record Involved(String title, String anchor, String size) {
    }

    /** The timeline of {@code report}; {@code anchors} maps video ids to their sections. */
    static SharedEventTimeline of(Report report, Map<String, String> anchors) {
        return of(report, anchors, false);
    }

    /**
     * The timeline of {@code report}; a {@code compact} one (a page of many videos) names the biggest jumps of
     * each event and draws a row for the videos in the most events only, so an event that lifted thousands of
     * videos does not fill the page.
     */
    static SharedEventTimeline of(Report report, Map<String, String> anchors, boolean compact) {
        List<SharedEventFinding> findings = report.sharedEvents();
        if (findings.isEmpty()) {
            return new SharedEventTimeline(false, null, List.of());
        }
        Map<String, VideoSummary> byId = new LinkedHashMap<>();
        report.summaries().forEach(v -> byId.putIfAbsent(v.videoId(), v));
        List<EventLine> lines = new ArrayList<>();
        for (SharedEventFinding f : findings) {
            SharedEvent e = f.event();
            int named = compact ? Math.min(COMPACT_NAMED, e.videos().size()) : e.videos().size();
            List<Involved> involved = e.videos().subList(0, named).stream().map(p -> new Involved(
                    title(byId.get(p.videoId()), p.videoId()), anchors.getOrDefault(p.videoId(), ""),
                    times(p.size()))).toList();
            lines.add(new EventLine(e.day().format(DAY) + " (" + e.day().getDayOfWeek()
                    .getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")", e.day().toString(), e.kind(), involved,
                    compact ? io.viralscope.app.TerminalText.printable(e.summary(), COMPACT_SUMMARY) : e.summary(),
                    f.detector(), e.videos().size() - named));
        }
        return new SharedEventTimeline(true, strip(findings, byId, compact ? COMPACT_ROWS : Integer.MAX_VALUE),
                lines);
    }

    /**
     * The SVG strip: a date axis over the span of the videos involved, one row per video (at most {@code maxRows},
     * the videos in the most events), one mark per part.
     */
    private static SvgImage strip(List<SharedEventFinding> findings, Map<String, VideoSummary> byId, int maxRows) {
        Map<String, Integer> events = new LinkedHashMap<>();
        for (SharedEventFinding f : findings) {
            for (String id : f.event().videoIds()) {
                events.merge(id, 1, Integer::sum);
            }
        }
        List<String> rows = new ArrayList<>(events.keySet());
        int involvedVideos = rows.size();
        if (rows.size() > maxRows) {
            rows.sort(java.util.Comparator.comparingInt((String id) -> -events.get(id))); // stable: first met first
            rows = new ArrayList<>(rows.subList(0, maxRows));
        }
        Map<String, Integer> rowOf = new java.util.HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            rowOf.put(rows.get(r), r);
        }
        LocalDate from = findings.get(0).event().day();
        LocalDate to = findings.get(findings.size() - 1).event().day();
        for (String id : rows) {
            VideoSummary v = byId.get(id);
            if (v != null && v.firstAt() != null) {
                from = min(from, day(v.firstAt()));
                to = max(to, day(v.lastAt()));
            }
        }
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        double plot = WIDTH - LABEL_WIDTH - RIGHT;
        double height = TOP + ROW * rows.size() + BOTTOM;
        LocalDate start = from;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LABEL_WIDTH + (d.toEpochDay() - start.toEpochDay())
                / (double) span * plot;
        SvgWriter svg = new SvgWriter().open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox",
                "0 0 " + SvgWriter.num(WIDTH) + " " + SvgWriter.num(height), "class", "timeline", "role", "img");
        svg.textElement("title", "Shared events: " + findings.size() + (findings.size() == 1 ? " day" : " days")
                + " on which several videos jumped together, " + from + " to " + to + (rows.size() < involvedVideos
                ? "; the " + rows.size() + " of " + involvedVideos + " videos in the most events" : ""));
        double axisY = TOP + ROW * rows.size() + 4;
        svg.empty("line", "class", "axis", "x1", SvgWriter.num(LABEL_WIDTH), "x2", SvgWriter.num(LABEL_WIDTH + plot),
                "y1", SvgWriter.num(axisY), "y2", SvgWriter.num(axisY));
        svg.textElement("text", from.format(DAY), "class", "tick", "x", SvgWriter.num(LABEL_WIDTH), "y",
                SvgWriter.num(axisY + 15));
        svg.textElement("text", to.format(DAY), "class", "tick end", "x", SvgWriter.num(LABEL_WIDTH + plot), "y",
                SvgWriter.num(axisY + 15), "text-anchor", "end");
        for (int r = 0; r < rows.size(); r++) {
            String id = rows.get(r);
            VideoSummary v = byId.get(id);
            double y = TOP + ROW * r + ROW / 2;
            // the whole title on hover, as the label may be cut short
            svg.open("text", "class", "row-label", "x", "4", "y", SvgWriter.num(y + 4));
            svg.textElement("title", title(v, id)).text(shortTitle(title(v, id))).close("text");
            if (v != null && v.firstAt() != null) {
                svg.empty("line", "class", "window", "x1", SvgWriter.num(x.applyAsDouble(day(v.firstAt()))),
                        "x2", SvgWriter.num(x.applyAsDouble(day(v.lastAt()))),
                        "y1", SvgWriter.num(y), "y2", SvgWriter.num(y));
            }
        }
        double lastLabelEnd = -1;
        int level = 0;
        for (SharedEventFinding f : findings) {
            SharedEvent e = f.event();
            double ex = x.applyAsDouble(e.day());
            svg.empty("line", "class", "event-day", "x1", SvgWriter.num(ex), "x2", SvgWriter.num(ex), "y1",
                    SvgWriter.num(TOP - 4), "y2", SvgWriter.num(axisY));
            String label = e.day().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
            // a label that would run into the previous one goes on the other line
            level = ex - 40 < lastLabelEnd ? 1 - level : 0;
            svg.textElement("text", label, "class", "event-label", "x", SvgWriter.num(ex), "y",
                    SvgWriter.num(level == 0 ? 14 : 28), "text-anchor", "middle");
            lastLabelEnd = ex + 40;
            for (SharedEvent.Participant p : e.videos()) {
                Integer r = rowOf.get(p.videoId());
                if (r == null) {
                    continue;
                }
                double y = TOP + ROW * r + ROW / 2;
                double radius = Math.min(9, 3 + 2.5 * Math.log(Math.max(1, p.size())) / Math.log(2));
                svg.open("circle", "class", "mark", "cx", SvgWriter.num(ex), "cy", SvgWriter.num(y), "r",
                        SvgWriter.num(radius));
                svg.textElement("title", e.day() + " · " + e.kind() + " · " + title(byId.get(p.videoId()),
                        p.videoId()) + ": " + times(p.size()) + " its expected day");
                svg.close("circle");
            }
        }
        return new SvgImage(svg.close("svg").markup());
    }

    private static String title(VideoSummary v, String id) {
        return v == null || v.title().isBlank() ? id : VideoView.displayTitle(v.title());
    }

    private static String shortTitle(String title) {
        if (title.codePointCount(0, title.length()) <= TITLE_CHARS) {
            return title;
        }
        // whole code points, so an emoji is never cut in half
        return title.substring(0, title.offsetByCodePoints(0, TITLE_CHARS - 1)).strip() + "…";
    }

    /** A jump size for people: {@code 3.1×}, {@code 12×}. */
    static String times(double size) {
        return size >= 10 ? String.format(Locale.ROOT, "%.0f×", size) : String.format(Locale.ROOT, "%.1f×", size);
    }

    private static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
