package io.viralscope.spark;

import io.viralscope.api.Sample;
import io.viralscope.app.ingest.StagedVideos;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One file's good samples of one video from one source, in a compact form that crosses the shuffle: the counts as
 * arrays, {@code -1} for an unknown like, comment or share count (counts are never negative).
 */
final class VideoPart implements Serializable {
    private static final long serialVersionUID = 1L;

    final int file;
    /** Position within the file for Parquet inputs read in several pieces, else 0. */
    final long chunk;
    final String videoId;
    final String title;
    final long publishedAt;
    final boolean hasPublishedAt;
    final String source;
    final long[] at;
    final long[] views;
    final long[] likes;
    final long[] comments;
    final long[] shares;

    private VideoPart(int file, long chunk, String videoId, String title, Instant publishedAt, String source, int n) {
        this.file = file;
        this.chunk = chunk;
        this.videoId = videoId;
        this.title = title;
        this.hasPublishedAt = publishedAt != null;
        this.publishedAt = publishedAt == null ? 0 : publishedAt.toEpochMilli();
        this.source = source;
        this.at = new long[n];
        this.views = new long[n];
        this.likes = new long[n];
        this.comments = new long[n];
        this.shares = new long[n];
    }

    /** The part read back from an import's checked batch; {@code file} is the job's index of the file. */
    static VideoPart of(StagedVideos.Part p, int file, long chunk) {
        List<Sample> samples = p.samples();
        VideoPart v = new VideoPart(file, chunk, p.videoId(), p.title(), p.publishedAt(), p.source(), samples.size());
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            v.at[i] = s.at().toEpochMilli();
            v.views[i] = s.views();
            v.likes[i] = s.likes() == null ? -1 : s.likes();
            v.comments[i] = s.comments() == null ? -1 : s.comments();
            v.shares[i] = s.shares() == null ? -1 : s.shares();
        }
        return v;
    }

    Instant publishedAt() {
        return hasPublishedAt ? Instant.ofEpochMilli(publishedAt) : null;
    }

    List<Sample> samples() {
        List<Sample> out = new ArrayList<>(at.length);
        for (int i = 0; i < at.length; i++) {
            out.add(new Sample(Instant.ofEpochMilli(at[i]), views[i], known(likes[i]), known(comments[i]),
                    known(shares[i])));
        }
        return out;
    }

    private static Long known(long count) {
        return count < 0 ? null : count;
    }
}
