package io.viralscope.plugins.shared;

import io.viralscope.api.CohortDetector;
import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.SharedEvent;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shared events: a day on which several selected videos jumped together, each judged against its own day-to-day
 * variation ({@link JumpFinder}), is one outside cause (a release, a broadcast, a campaign) and is named once, with
 * the day, the videos and each jump's size.
 *
 * <p>A day counts when at least {@code min-videos} videos jumped on it and at least one of them stands out
 * strongly ({@code z} typical deviations), or when three or more jumped: by chance alone, two unrelated videos
 * rarely raise the same day, and three almost never do, so the others need only stand out moderately
 * ({@code supporting-z}).
 */
@Extension
public final class SharedEventsDetector implements CohortDetector {

    static final String ID = "shared-events";
    static final String VERSION = "1.0.0";
    /** The kind of the events found: each video's daily views jumped. */
    static final String KIND = "jump";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Days on which several selected videos jumped together (one outside cause), each jump judged against"
                + " the video's own day-to-day variation.";
    }

    @Override
    public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
        DetectorSettings s = context.settings();
        int minVideos = s.getInt("min-videos", 2, 2, 1000);
        double strong = s.getDouble("z", 5, 1, 100);
        double supporting = Math.min(strong, s.getDouble("supporting-z", 3, 1, 100));
        double minSize = s.getDouble("min-size", 1.5, 1, 1000);
        JumpFinder finder = new JumpFinder(supporting, minSize);
        Map<LocalDate, List<Jump>> byDay = new TreeMap<>();
        for (CohortMember m : members) {
            for (Jump j : finder.jumps(m.series())) {
                byDay.computeIfAbsent(j.day(), d -> new ArrayList<>()).add(j);
            }
        }
        List<SharedEvent> events = new ArrayList<>();
        byDay.forEach((day, jumps) -> {
            boolean anyStrong = jumps.stream().anyMatch(j -> j.significance() >= strong);
            if (jumps.size() >= minVideos && (anyStrong || jumps.size() >= Math.max(3, minVideos))) {
                events.add(event(day, jumps));
            }
        });
        return events;
    }

    private static SharedEvent event(LocalDate day, List<Jump> jumps) {
        List<Jump> bySize = new ArrayList<>(jumps);
        bySize.sort(Comparator.comparingDouble(Jump::size).reversed().thenComparing(Jump::videoId));
        List<SharedEvent.Participant> videos = bySize.stream()
                .map(j -> new SharedEvent.Participant(j.videoId(), j.size())).toList();
        String sizes = String.join(", ", bySize.stream().map(j -> j.videoId() + " " + times(j.size())).toList());
        String summary = bySize.size() + " videos jumped together on " + day + " ("
                + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + "): " + sizes
                + " the day each one's own history leads one to expect; one outside cause (a release, a broadcast,"
                + " a campaign) most likely lifted them all.";
        return new SharedEvent(day, KIND, videos, summary);
    }

    /** A jump size for people: {@code 3.1×}, {@code 12×}. */
    static String times(double size) {
        return size >= 10 ? String.format(Locale.ROOT, "%.0f×", size) : String.format(Locale.ROOT, "%.1f×", size);
    }
}
