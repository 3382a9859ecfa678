package io.viralscope.app.report.html;

import io.viralscope.app.Counted;
import io.viralscope.app.report.VideoSummary;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which videos of a report of many get a section of their own in the page: those breaking out first, then the
 * most viewed. A section holds the video's charts, events and every detector's result, tens of kilobytes each, so
 * a page of thousands of videos gives them to a chosen few and keeps a table row and a small multiple for all.
 */
final class DetailChoice {

    private DetailChoice() {
    }

    /** The breakouts first, then the most viewed; ties keep the report's order (a stable sort). */
    static final Comparator<VideoSummary> PRIORITY = Comparator
            .comparing((VideoSummary v) -> !v.breakout())
            .thenComparingLong(v -> -v.lastViews());

    /** The ids of the videos with sections: all of them when there are at most {@code limit}. */
    static Set<String> of(List<VideoSummary> videos, int limit) {
        if (videos.size() <= limit) {
            return videos.stream().map(VideoSummary::videoId).collect(Collectors.toSet());
        }
        return new HashSet<>(videos.stream().sorted(PRIORITY).limit(Math.max(0, limit))
                .map(VideoSummary::videoId).toList());
    }

    /** What the page says when only some videos have sections. */
    static String note(int detailed, int videos) {
        return "This report covers " + Counted.of(videos, "video") + "; " + (detailed == 0 ? "none has"
                : detailed == 1 ? "one has" : detailed + " have") + " a section with charts and every detector's"
                + " result: those breaking out first, then the most viewed. Every video has its row in the table"
                + " and its curve at a glance. For any other video, run viralscope report --video ID (or raise"
                + " --details).";
    }
}
