package io.viralscope.app.ingest;

import io.viralscope.api.Sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The good samples of a checked batch read back video by video, for a reader that keeps them itself instead of
 * writing them into a store (the Spark job): the same rows {@link Importer#write} would copy, with the same merged
 * title and publication per file.
 */
public final class StagedVideos {

    private StagedVideos() {
    }

    /**
     * One file's samples of one video from one source.
     *
     * @param file        the file's position in the batch
     * @param videoId     the video
     * @param title       its title in that file (blank when the file had none)
     * @param publishedAt its publication instant in that file, or {@code null}
     * @param source      {@code csv} or {@code studio}
     * @param samples     its samples, by instant
     */
    public record Part(int file, String videoId, String title, Instant publishedAt, String source,
                       List<Sample> samples) {
    }

    /** Hands each (file, video, source) of {@code batch} to {@code each}, in file, video and instant order. */
    public static void forEach(ImportBatch batch, Consumer<Part> each) {
        String url = "jdbc:sqlite:" + batch.staged().database().toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SELECT s.file, s.video_id, s.source, s.at, s.views, s.likes,"
                     + " s.comments, s.shares, v.title, v.published_at FROM samples s LEFT JOIN videos v"
                     + " ON v.file = s.file AND v.video_id = s.video_id ORDER BY s.file, s.video_id, s.source, s.at");
             ResultSet rs = ps.executeQuery()) {
            Part open = null;
            List<Sample> samples = new ArrayList<>();
            while (rs.next()) {
                int file = rs.getInt(1);
                String id = rs.getString(2);
                String source = rs.getString(3);
                if (open == null || open.file() != file || !open.videoId().equals(id) || !open.source().equals(source)) {
                    if (open != null) {
                        each.accept(withSamples(open, samples));
                        samples = new ArrayList<>();
                    }
                    String title = rs.getString(9);
                    long published = rs.getLong(10);
                    Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
                    open = new Part(file, id, title == null ? "" : title, publishedAt, source, List.of());
                }
                samples.add(new Sample(Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5), nullable(rs, 6),
                        nullable(rs, 7), nullable(rs, 8)));
            }
            if (open != null) {
                each.accept(withSamples(open, samples));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the checked samples could not be read back: " + e.getMessage(), e);
        }
    }

    private static Part withSamples(Part p, List<Sample> samples) {
        return new Part(p.file(), p.videoId(), p.title(), p.publishedAt(), p.source(), List.copyOf(samples));
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
