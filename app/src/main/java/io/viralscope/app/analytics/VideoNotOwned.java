package io.viralscope.app.analytics;

/** The Analytics API refused a video's report (403 forbidden): the signed-in channel does not own it. */
public final class VideoNotOwned extends Exception {
    private static final long serialVersionUID = 1L;

    private final String videoId;

    public VideoNotOwned(String videoId) {
        super("video " + videoId + " is not the signed-in channel's", null, false, false);
        this.videoId = videoId;
    }

    public String videoId() {
        return videoId;
    }
}
