package io.viralscope.simulator;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

/**
 * A series as CSV in Viralscope's import schema (docs/architecture.md#csv-import-schema): header
 * {@code video_id,timestamp,view_count,like_count,comment_count,title} (plus {@code share_count} before
 * {@code title} when any sample has shares), one row per sample, instants ISO-8601 with {@code Z}, an empty cell
 * for an unknown count, RFC 4180 quoting.
 */
final class ImportCsv {

    private ImportCsv() {
    }

    static String of(VideoSeries series) {
        boolean shares = series.samples().stream().anyMatch(s -> s.shares() != null);
        StringBuilder b = new StringBuilder(64 * (series.size() + 1));
        b.append("video_id,timestamp,view_count,like_count,comment_count,")
                .append(shares ? "share_count,title" : "title").append("\r\n");
        String id = quote(series.videoId());
        String title = quote(series.title());
        for (Sample s : series.samples()) {
            b.append(id).append(',').append(s.at()).append(',').append(s.views()).append(',')
                    .append(count(s.likes())).append(',').append(count(s.comments())).append(',');
            if (shares) {
                b.append(count(s.shares())).append(',');
            }
            b.append(title).append("\r\n");
        }
        return b.toString();
    }

    private static String count(Long c) {
        return c == null ? "" : c.toString();
    }

    /** RFC 4180: a field holding a comma, quote or line break is quoted, with quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
