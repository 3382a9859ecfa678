package io.viralscope.app.youtube;

import java.util.List;

/**
 * The answer to one {@code videos.list} request.
 *
 * @param notModified true on 304: nothing changed since the answer that carried the ETag sent
 * @param etag        the answer's ETag (the one sent, on 304), or {@code null}
 * @param videos      the items; empty on 304
 */
public record VideosPage(boolean notModified, String etag, List<FetchedVideo> videos) {
    public VideosPage {
        videos = List.copyOf(videos);
    }
}
