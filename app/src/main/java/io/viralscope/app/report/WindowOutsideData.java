package io.viralscope.app.report;

import io.viralscope.api.VideoSeries;
import io.viralscope.app.analysis.AnalysisWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** The sentence for a window that holds no whole day of any selected video's data. */
final class WindowOutsideData {

    private WindowOutsideData() {
    }

    /** One sentence naming the window and the days the data cover. */
    static String sentence(AnalysisWindow window, List<VideoSeries> stored) {
        Instant first = stored.stream().map(s -> s.firstAt().orElse(null)).filter(Objects::nonNull)
                .min(Instant::compareTo).orElseThrow();
        Instant last = stored.stream().map(s -> s.lastAt().orElse(null)).filter(Objects::nonNull)
                .max(Instant::compareTo).orElseThrow();
        String videos = stored.size() == 1 ? "video " + stored.get(0).videoId() + "'s samples run"
                : "the selected videos' samples run";
        String named = window.firstDays() != null ? ", " + window.describe() + "," : " " + window.describe();
        return "The window" + named + " holds no whole day of data: " + videos + " from "
                + LocalDate.ofInstant(first, ZoneOffset.UTC) + " to " + LocalDate.ofInstant(last, ZoneOffset.UTC)
                + "; choose a window inside that range.";
    }
}
