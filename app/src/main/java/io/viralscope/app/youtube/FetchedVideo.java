package io.viralscope.app.youtube;

import java.time.Instant;

/**
 * One item of a {@code videos.list} answer, in the host's terms. Counts that YouTube leaves out are
 * {@code null}: {@code likeCount} when likes are hidden, {@code commentCount} when comments are off.
 *
 * @param id          the video id
 * @param title       the title, possibly empty
 * @param publishedAt publication instant, or {@code null}
 * @param views       cumulative views, or {@code null} when the answer had no statistics
 * @param likes       cumulative likes, or {@code null} when hidden
 * @param comments    cumulative comments, or {@code null} when comments are off
 */
public record FetchedVideo(String id, String title, Instant publishedAt, Long views, Long likes, Long comments) {
}
