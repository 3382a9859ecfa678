package io.viralscope.app.youtube;

import io.viralscope.app.Counted;
import io.viralscope.app.config.DurationText;
import io.viralscope.app.store.RecentViews;
import io.viralscope.app.store.TrackedVideo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * When {@code watch} polls each video. Videos fall into three tiers by age and pace: young or fast-growing videos
 * change shape within hours and are polled every base interval; growing ones 4 times less often; old or flat ones
 * 24 times less often, since another reading would show nothing new. The base interval is stretched when the
 * plan would spend more than 90% of the daily budget (the rest is headroom for retries and other runs).
 *
 * <p>Pace is judged from API samples: the relative growth of views per day between the newest sample and one about
 * a day older. A video without samples yet is polled as rising, to get its first readings; one whose samples
 * span less than an hour is steady until its pace can be told.
 */
public final class WatchSchedule {

    /** Below this age a video is rising whatever its pace: the first days decide its shape. */
    public static final Duration YOUNG = Duration.ofDays(2);
    /** Below this age a video is at least steady. */
    public static final Duration RECENT = Duration.ofDays(14);
    /** Relative growth of views per day at or above which a video is rising. */
    public static final double RISING_GROWTH_PER_DAY = 0.10;
    /** Relative growth of views per day at or above which a video is steady rather than settled. */
    public static final double STEADY_GROWTH_PER_DAY = 0.01;
    /** Share of the daily budget a plan may use. */
    public static final double BUDGET_SHARE = 0.9;

    private static final Duration DAY = Duration.ofDays(1);

    /** How often a tier is polled, as a multiple of the base interval. */
    public enum Tier {
        /** New or fast-growing videos. */
        RISING(1),
        /** Growing videos. */
        STEADY(4),
        /** Old or flat videos. */
        SETTLED(24);

        private final int multiplier;

        Tier(int multiplier) {
            this.multiplier = multiplier;
        }

        /** The tier's interval as a multiple of the base interval. */
        public int multiplier() {
            return multiplier;
        }

        /** The tier's name in lower case, for output. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Duration every;
    private final int dailyBudget;

    /**
     * @param every       the base interval (the rising tier's) asked for
     * @param dailyBudget quota units per day
     */
    public WatchSchedule(Duration every, int dailyBudget) {
        this.every = every;
        this.dailyBudget = dailyBudget;
    }

    /** The tier of one video at {@code now}; {@code views} may be {@code null} when it has no API sample. */
    public static Tier tierOf(TrackedVideo video, RecentViews views, Instant now) {
        if (!video.available()) {
            return Tier.SETTLED;
        }
        Duration age = video.publishedAt() == null ? null : Duration.between(video.publishedAt(), now);
        if (views == null || age != null && age.compareTo(YOUNG) < 0) {
            return Tier.RISING;
        }
        double growth = growthPerDay(views);
        if (growth >= RISING_GROWTH_PER_DAY) {
            return Tier.RISING;
        }
        if (Double.isNaN(growth) || growth >= STEADY_GROWTH_PER_DAY || age == null || age.compareTo(RECENT) < 0) {
            return Tier.STEADY;
        }
        return Tier.SETTLED;
    }

    /** Relative growth of views per day between the two samples; NaN when they are too close to tell. */
    static double growthPerDay(RecentViews views) {
        double days = Duration.between(views.reference().at(), views.latest().at()).toMillis() / 86_400_000.0;
        if (days < 1.0 / 24) {
            return Double.NaN;
        }
        double gained = views.latest().views() - views.reference().views();
        return gained / Math.max(1.0, views.reference().views()) / days;
    }

    /** The plan for {@code videos} at {@code now}. */
    public Plan plan(List<TrackedVideo> videos, Map<String, RecentViews> views, Instant now) {
        Map<String, Tier> tiers = new HashMap<>();
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            counts.put(t, 0);
        }
        for (TrackedVideo v : videos) {
            Tier t = tierOf(v, views.get(v.videoId()), now);
            tiers.put(v.videoId(), t);
            counts.merge(t, 1, Integer::sum);
        }
        Duration base = every;
        double units = unitsPerDay(counts, base);
        boolean stretched = false;
        if (units > BUDGET_SHARE * dailyBudget) {
            double factor = units / (BUDGET_SHARE * dailyBudget);
            base = Duration.ofSeconds((long) Math.ceil(every.toSeconds() * factor / 60.0) * 60);
            units = unitsPerDay(counts, base);
            stretched = true;
        }
        return new Plan(every, base, stretched, Map.copyOf(tiers), Map.copyOf(counts), (long) Math.ceil(units));
    }

    private static double unitsPerDay(Map<Tier, Integer> counts, Duration base) {
        double units = 0;
        for (Map.Entry<Tier, Integer> e : counts.entrySet()) {
            long batches = (e.getValue() + VideosClient.MAX_IDS - 1) / VideosClient.MAX_IDS;
            double pollsPerDay = (double) DAY.toMillis() / base.multipliedBy(e.getKey().multiplier()).toMillis();
            units += batches * pollsPerDay * QuotaLedger.UNITS_PER_VIDEOS_LIST;
        }
        return units;
    }

    /**
     * A schedule for the current set of videos.
     *
     * @param requested   the base interval asked for
     * @param base        the base interval in force (stretched to fit the budget when needed)
     * @param stretched   true when {@code base} is longer than asked, to fit the budget
     * @param tiers       each video's tier
     * @param counts      videos per tier
     * @param unitsPerDay quota units the plan spends per day, at most
     */
    public record Plan(Duration requested, Duration base, boolean stretched, Map<String, Tier> tiers,
                       Map<Tier, Integer> counts, long unitsPerDay) {

        /** The interval of {@code tier}. */
        public Duration interval(Tier tier) {
            return base.multipliedBy(tier.multiplier());
        }

        /** When {@code video} is next due. */
        public Instant dueAt(TrackedVideo video) {
            Tier t = tiers.getOrDefault(video.videoId(), Tier.RISING);
            return video.lastFetchedAt() == null ? Instant.MIN : video.lastFetchedAt().plus(interval(t));
        }

        /**
         * The videos to poll at {@code now}: those due (within 5% of their interval, so that a round's later
         * batches do not trail behind in a round of their own), then, to fill the last batch of 50, those due
         * soonest within half their interval.
         */
        public List<String> due(List<TrackedVideo> videos, Instant now) {
            List<String> due = new ArrayList<>();
            List<TrackedVideo> soon = new ArrayList<>();
            for (TrackedVideo v : videos) {
                Duration interval = interval(tiers.getOrDefault(v.videoId(), Tier.RISING));
                Instant at = dueAt(v);
                if (!at.isAfter(now.plus(interval.dividedBy(20)))) {
                    due.add(v.videoId());
                } else if (!at.isAfter(now.plus(interval.dividedBy(2)))) {
                    soon.add(v);
                }
            }
            int room = due.isEmpty() ? 0 : (VideosClient.MAX_IDS - due.size() % VideosClient.MAX_IDS)
                    % VideosClient.MAX_IDS;
            soon.sort(Comparator.comparing(this::dueAt));
            for (int i = 0; i < room && i < soon.size(); i++) {
                due.add(soon.get(i).videoId());
            }
            return due;
        }

        /** The earliest instant at which a video is due, or {@code null} when there is no video. */
        public Instant nextDue(List<TrackedVideo> videos) {
            Instant next = null;
            for (TrackedVideo v : videos) {
                Instant at = dueAt(v);
                if (next == null || at.isBefore(next)) {
                    next = at;
                }
            }
            return next;
        }

        /** The plan in one line: videos, interval per tier, units per day against the budget. */
        public String describe(int dailyBudget) {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder sb = new StringBuilder("Plan: " + Counted.of(total, "video") + " —");
            String sep = " ";
            for (Tier t : Tier.values()) {
                sb.append(sep).append(counts.getOrDefault(t, 0)).append(' ').append(t.label()).append(" every ")
                        .append(human(interval(t)));
                sep = ", ";
            }
            sb.append(String.format(Locale.ROOT, "; about %,d of %,d quota units a day", unitsPerDay, dailyBudget));
            if (stretched) {
                sb.append(" (base interval stretched from ").append(human(requested)).append(" to ")
                        .append(human(base)).append(" to stay within the budget)");
            }
            return sb.append('.').toString();
        }
    }

    /** A duration as people say it: {@code 15m}, {@code 6h}, {@code 8h 54m}, {@code 1d 12h}. */
    static String human(Duration d) {
        if (d.toMillis() % 60_000 != 0 || d.compareTo(Duration.ofMinutes(1)) < 0) {
            return DurationText.format(d);
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        StringBuilder sb = new StringBuilder();
        if (days > 0) {
            sb.append(days).append('d');
        }
        if (hours > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(hours).append('h');
        }
        if (minutes > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(minutes).append('m');
        }
        return sb.toString();
    }
}
