package io.viralscope.app.report;

import io.viralscope.app.analysis.AnalysisWindow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The sentence for a window that holds no whole day of any selected video's data. */
final class WindowOutsideData {

    private WindowOutsideData() {
    }

    /**
     * One sentence naming the window and the days the data cover.
     *
     * @param first the first sample of any selected video
     * @param last  the last sample of any selected video
     * @param only  the id of the one video selected, or {@code null} for several
     */
    static String sentence(AnalysisWindow window, Instant first, Instant last, String only) {
        String videos = only != null ? "video " + only + "'s samples run" : "the selected videos' samples run";
        String named = window.firstDays() != null ? ", " + window.describe() + "," : " " + window.describe();
        return "The window" + named + " holds no whole day of data: " + videos + " from "
                + LocalDate.ofInstant(first, ZoneOffset.UTC) + " to " + LocalDate.ofInstant(last, ZoneOffset.UTC)
                + "; choose a window inside that range.";
    }
}
