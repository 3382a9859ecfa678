package io.viralscope.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The history of one video's counters, as a detector receives it.
 *
 * <p>Guarantees a detector may rely on: samples are sorted by instant, strictly increasing (one sample per
 * instant), all instants are UTC {@link Instant}s, and the list is immutable. The series may be empty, hold one
 * sample, contain decreases (YouTube corrects counts) or long gaps: use {@link #daily()} for a regular daily grid
 * with those flagged rather than re-implementing it.
 *
 * @param videoId the 11-character YouTube id (or a synthetic id for simulated series)
 * @param title   the title as last seen, possibly empty; untrusted text from YouTube
 * @param samples the observations, sorted and de-duplicated by instant
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record VideoSeries(String videoId, String title, List<Sample> samples) {

    /** Sorts the samples and keeps the last of any two that share an instant. */
    public VideoSeries {
        Objects.requireNonNull(videoId, "videoId");
        title = title == null ? "" : title;
        List<Sample> sorted = new ArrayList<>(Objects.requireNonNull(samples, "samples"));
        sorted.sort(Comparator.comparing(Sample::at));
        List<Sample> unique = new ArrayList<>(sorted.size());
        for (Sample s : sorted) {
            if (!unique.isEmpty() && unique.get(unique.size() - 1).at().equals(s.at())) {
                unique.set(unique.size() - 1, s);
            } else {
                unique.add(s);
            }
        }
        samples = List.copyOf(unique);
    }

    /** Number of samples. */
    public int size() {
        return samples.size();
    }

    /** True when there is no sample at all. */
    public boolean isEmpty() {
        return samples.isEmpty();
    }

    /** The first sample's instant, if any. */
    public Optional<Instant> firstAt() {
        return isEmpty() ? Optional.empty() : Optional.of(samples.get(0).at());
    }

    /** The last sample's instant, if any. */
    public Optional<Instant> lastAt() {
        return isEmpty() ? Optional.empty() : Optional.of(samples.get(samples.size() - 1).at());
    }

    /** The last sample, if any. */
    public Optional<Sample> last() {
        return isEmpty() ? Optional.empty() : Optional.of(samples.get(samples.size() - 1));
    }

    /**
     * The series on a regular daily grid with the default gap allowance ({@link DailyGrid#DEFAULT_MAX_GAP_DAYS}),
     * built anew on each call: a detector asks {@link DetectorContext#grid(VideoSeries)} instead, which hands the
     * one grid the host built for this video.
     */
    public DailyGrid daily() {
        return DailyGrid.of(this);
    }
}
