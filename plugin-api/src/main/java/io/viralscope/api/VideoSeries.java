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
 * <p>Since 1.5.0 it also carries what a campaign analysis needs: the publication instant when known, the paid
 * flights declared for the video and its daily views by traffic source (from YouTube Studio), all empty when the
 * store has none. Detectors that ignore them keep working.
 *
 * @param videoId        the 11-character YouTube id (or a synthetic id for simulated series)
 * @param title          the title as last seen, possibly empty; untrusted text from YouTube
 * @param samples        the observations, sorted and de-duplicated by instant
 * @param publishedAt    when the video was published, or {@code null} when unknown (since 1.5.0)
 * @param flights        the paid flights on this video, by first day (since 1.5.0)
 * @param trafficSources daily views by traffic source, by day then source (since 1.5.0)
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record VideoSeries(String videoId, String title, List<Sample> samples, Instant publishedAt,
                          List<CampaignFlight> flights, List<TrafficSourceDay> trafficSources) {

    /** A series without publication time, flights or traffic sources (the 1.0.0 constructor). */
    public VideoSeries(String videoId, String title, List<Sample> samples) {
        this(videoId, title, samples, null, List.of(), List.of());
    }

    /** Sorts the samples and keeps the last of any two that share an instant. */
    public VideoSeries {
        Objects.requireNonNull(videoId, "videoId");
        flights = List.copyOf(flights == null ? List.of() : flights);
        trafficSources = List.copyOf(trafficSources == null ? List.of() : trafficSources);
        title = title == null ? "" : title;
        Objects.requireNonNull(samples, "samples");
        // the store and every copy hand over samples already in order: then there is nothing to sort or merge
        samples = strictlyIncreasing(samples) ? List.copyOf(samples) : sortedUnique(samples);
    }

    private static boolean strictlyIncreasing(List<Sample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i - 1).at().compareTo(samples.get(i).at()) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Sample> sortedUnique(List<Sample> samples) {
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparing(Sample::at));
        List<Sample> unique = new ArrayList<>(sorted.size());
        for (Sample s : sorted) {
            if (!unique.isEmpty() && unique.get(unique.size() - 1).at().equals(s.at())) {
                unique.set(unique.size() - 1, s);
            } else {
                unique.add(s);
            }
        }
        return List.copyOf(unique);
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

    /** When the video was published, or {@code null} when unknown. */
    @Override
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
    public Instant publishedAt() {
        return publishedAt;
    }

    /** The paid flights declared for this video, by first day; empty when none. */
    @Override
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
    public List<CampaignFlight> flights() {
        return flights;
    }

    /** Daily views by traffic source, from YouTube Studio; empty when none were imported. */
    @Override
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
    public List<TrafficSourceDay> trafficSources() {
        return trafficSources;
    }

    /** The same video with other samples: publication time, flights and traffic sources kept. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
    public VideoSeries withSamples(List<Sample> other) {
        return new VideoSeries(videoId, title, other, publishedAt, flights, trafficSources);
    }

    /** The same series with the given paid media (publication time, flights, traffic sources). */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
    public VideoSeries withPaidMedia(Instant published, List<CampaignFlight> paidFlights,
                                     List<TrafficSourceDay> sources) {
        return new VideoSeries(videoId, title, samples, published, paidFlights, sources);
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
