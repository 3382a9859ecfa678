package io.viralscope.spark;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One video's parts from every file merged as an import into a store merges them, so the series is the one the
 * CLI's report analyses: for one instant and source the first file's sample is kept; at one instant Studio data
 * wins over CSV (as API data would over both); the title is the last non-blank one in file order, the publication
 * instant the last one given.
 *
 * @param series      the video's series
 * @param publishedAt its publication instant, or {@code null}
 */
record MergedVideo(VideoSeries series, Instant publishedAt) {

    static MergedVideo of(String videoId, Iterable<VideoPart> parts) {
        List<VideoPart> ordered = new ArrayList<>();
        parts.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt((VideoPart p) -> p.file).thenComparingLong(p -> p.chunk));
        Map<String, Sample> kept = new HashMap<>();
        String title = "";
        Instant published = null;
        for (VideoPart p : ordered) {
            for (Sample s : p.samples()) {
                kept.putIfAbsent(s.at().toEpochMilli() + "/" + p.source, s);
            }
            if (!p.title.isEmpty()) {
                title = p.title;
            }
            if (p.publishedAt() != null) {
                published = p.publishedAt();
            }
        }
        List<Map.Entry<String, Sample>> all = new ArrayList<>(kept.entrySet());
        // the series keeps the last of samples sharing an instant: sort the preferred source last
        all.sort(Comparator.comparing((Map.Entry<String, Sample> e) -> e.getValue().at())
                .thenComparingInt(e -> rank(e.getKey().substring(e.getKey().indexOf('/') + 1))));
        return new MergedVideo(new VideoSeries(videoId, title, all.stream().map(Map.Entry::getValue).toList()),
                published);
    }

    /** The store's order of sources at one instant (Store.series): csv, then studio, then api. */
    private static int rank(String source) {
        return switch (source) {
            case "api" -> 3;
            case "studio" -> 2;
            default -> 1;
        };
    }
}
