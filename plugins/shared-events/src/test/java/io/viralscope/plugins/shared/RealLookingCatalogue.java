package io.viralscope.plugins.shared;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A music catalogue as a tracker sees it, written for these tests apart from the project's simulator so that the
 * detector is not only checked against its own assumptions: videos of 1,100 to 2,000 days published at odd hours,
 * counted once a day at a time of day that drifts by up to 1.5 h (and some days not at all), with a weekly rhythm,
 * lognormal day-to-day noise (±12%), slow ageing, 0 to 4 shocks of 2–8× of their own at random, a release night
 * lifting {@code releaseVideos} of them 2–6× and an award night lifting 3 of them 2–3×. A lift starts at the event's
 * instant, so the increment that straddles it is lifted only for the part after it, and fades by 40% a day
 * (continuously: the first day after it averages 1 + 0.78·(lift − 1)).
 */
final class RealLookingCatalogue {

    static final Instant END = Instant.parse("2026-11-20T00:00:00Z");
    /** A release at midnight Pacific time. */
    static final Instant RELEASE = Instant.parse("2025-06-13T07:00:00Z");
    /** A broadcast in the evening, US Eastern time. */
    static final Instant AWARD = Instant.parse("2026-02-09T01:30:00Z");
    private static final double[] WEEKLY = {1, 0.95, 0.97, 1.0, 1.1, 1.3, 1.25};

    final List<VideoSeries> series = new ArrayList<>();
    final Set<String> released = new HashSet<>();
    final Set<String> awarded = new HashSet<>();
    /** Each video's own shocks, by video id. */
    final Map<String, List<LocalDate>> ownShocks = new HashMap<>();

    RealLookingCatalogue(long seed, int videos, int releaseVideos) {
        Random r = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < videos; v++) {
            order.add(v);
        }
        java.util.Collections.shuffle(order, r);
        Set<Integer> releaseSet = new HashSet<>(order.subList(0, releaseVideos));
        Set<Integer> awardSet = new HashSet<>(order.subList(releaseVideos, releaseVideos + 3));
        for (int v = 0; v < videos; v++) {
            String id = String.format("cat%02d_v%04d", seed % 100, v);
            if (releaseSet.contains(v)) {
                released.add(id);
            }
            if (awardSet.contains(v)) {
                awarded.add(id);
            }
            series.add(video(id, r, releaseSet.contains(v), awardSet.contains(v)));
        }
    }

    private VideoSeries video(String id, Random r, boolean releasedVideo, boolean awardedVideo) {
        int days = 1100 + r.nextInt(901);
        Instant published = END.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(r.nextInt(23 * 60)));
        double base = 500 + r.nextDouble() * 199_500;
        double launch = 3 + r.nextDouble() * 27;
        double hour = r.nextDouble() * 23;
        List<Instant> shocks = new ArrayList<>();
        int own = r.nextInt(5);
        for (int i = 0; i < own; i++) {
            shocks.add(published.plus(Duration.ofDays(30 + r.nextInt(days - 35))).plus(Duration.ofMinutes(
                    r.nextInt(24 * 60))));
        }
        ownShocks.put(id, shocks.stream().map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate()).toList());
        Map<Instant, Double> lifts = new HashMap<>();
        shocks.forEach(t -> lifts.put(t, 2 + r.nextDouble() * 6));
        if (releasedVideo) {
            lifts.put(RELEASE, 2 + r.nextDouble() * 4);
        }
        if (awardedVideo) {
            lifts.put(AWARD, 2 + r.nextDouble() * 1);
        }
        List<Sample> samples = new ArrayList<>();
        samples.add(Sample.ofViews(published, 0));
        Instant previous = published;
        long views = 0;
        int missed = 0;
        Instant firstOfDay = published.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        for (int k = 1; ; k++) {
            Instant at = firstOfDay.plus(Duration.ofDays(k)).plus(Duration.ofMinutes(Math.round(
                    (hour + (r.nextDouble() * 3 - 1.5)) * 60)));
            if (at.isAfter(END)) {
                break;
            }
            if (!at.isAfter(previous)) {
                continue;
            }
            LocalDate day = at.minus(Duration.ofHours(12)).atOffset(ZoneOffset.UTC).toLocalDate();
            double age = Duration.between(published, at).toHours() / 24.0;
            double m = base * (1 + launch * Math.exp(-age / 4)) * Math.pow(Math.max(1, age), -0.25)
                    * WEEKLY[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
            double span = Duration.between(previous, at).toMinutes() / 1440.0;
            double lifted = 1;
            for (Map.Entry<Instant, Double> e : lifts.entrySet()) {
                lifted += (e.getValue() - 1) * meanFade(e.getKey(), previous, at);
            }
            views += Math.max(0, Math.round(m * span * lifted * Math.exp(0.12 * r.nextGaussian())));
            previous = at;
            if (missed > 0) {
                missed--; // the tracker missed this day: the views go on, the count is seen later
            } else if (r.nextDouble() < 0.02) {
                missed = 1 + r.nextInt(8);
            } else {
                samples.add(Sample.ofViews(at, views));
            }
        }
        return new VideoSeries(id, "Song " + id, samples);
    }

    /**
     * The mean over {@code (from, to]} of an event's fading share: 0 before the event, then 0.6 to the power of the
     * days since it (40% less each day).
     */
    private static double meanFade(Instant event, Instant from, Instant to) {
        double a = Math.max(0, Duration.between(event, from).toMinutes() / 1440.0);
        double b = Duration.between(event, to).toMinutes() / 1440.0;
        if (b <= 0) {
            return 0;
        }
        double span = Duration.between(from, to).toMinutes() / 1440.0;
        double rate = Math.log(1 / 0.6);
        return (Math.exp(-rate * a) - Math.exp(-rate * b)) / rate / span;
    }

    static LocalDate day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
