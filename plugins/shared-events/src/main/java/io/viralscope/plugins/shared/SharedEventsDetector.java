package io.viralscope.plugins.shared;

import io.viralscope.api.CohortDetector;
import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.SharedEvent;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.time.format.TextStyle;
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
 * <p>Jumps on a day and the days either side are one candidate ({@link JumpClusters}): daily samples taken at other
 * times of day spread one night's jump over two dates. A candidate of at least {@code min-videos} videos is named
 * when chance alone would line up so many jumps so strong on fewer than {@code max-chance} days of the report
 * ({@link ChanceLineUp}): the bar rises with the number of videos and with how often they jump on their own.
 */
@Extension
public final class SharedEventsDetector implements CohortDetector {

    static final String ID = "shared-events";
    static final String VERSION = "1.1.2";
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
                + " the video's own day-to-day variation, and more jumps lined up than chance would bring.";
    }

    @Override
    public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
        DetectorSettings s = context.settings();
        int minVideos = s.getInt("min-videos", 2, 2, 1000);
        double supporting = s.getDouble("supporting-z", 3, 1, 100);
        double minSize = s.getDouble("min-size", 1.5, 1, 1000);
        double maxChance = s.getDouble("max-chance", 0.05, 1e-9, 1);
        JumpFinder finder = new JumpFinder(supporting, minSize);
        List<VideoJumps> videos = new ArrayList<>();
        for (CohortMember m : members) {
            videos.add(finder.judge(m.series()));
        }
        ChanceLineUp chance = new ChanceLineUp(videos);
        List<SharedEvent> events = new ArrayList<>();
        for (JumpCluster c : JumpClusters.of(videos)) {
            if (c.jumps().size() >= minVideos) {
                double expected = chance.expectedByChance(c);
                if (expected <= maxChance) {
                    events.add(event(c, expected));
                }
            }
        }
        return events;
    }

    private static SharedEvent event(JumpCluster cluster, double expectedByChance) {
        LocalDate day = cluster.day();
        List<Jump> bySize = new ArrayList<>(cluster.jumps());
        bySize.sort(Comparator.comparingDouble(Jump::size).reversed().thenComparing(Jump::videoId));
        List<SharedEvent.Participant> videos = bySize.stream()
                .map(j -> new SharedEvent.Participant(j.videoId(), j.size())).toList();
        String sizes = String.join(", ", bySize.stream().map(j -> j.videoId() + " " + times(j.size())).toList());
        String summary = bySize.size() + " videos jumped together on " + day + " ("
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + otherDays(cluster) + "): "
                + sizes + " the day each one's own history leads one to expect; one outside cause (a release, a"
                + " broadcast, a campaign) most likely lifted them all. " + chance(expectedByChance);
        return new SharedEvent(day, KIND, videos, summary);
    }

    /** Which videos show the jump a day off, and why: "; 9 of them on 2025-06-13, …", or nothing. */
    private static String otherDays(JumpCluster cluster) {
        Map<LocalDate, Long> off = new TreeMap<>();
        cluster.jumps().stream().filter(j -> !j.day().equals(cluster.day()))
                .forEach(j -> off.merge(j.day(), 1L, Long::sum));
        if (off.isEmpty()) {
            return "";
        }
        String where = String.join(" and ", off.entrySet().stream().map(e -> e.getValue() + " of them on "
                + e.getKey()).toList());
        return "; " + where + ": samples taken at other times of day spread a jump over two dates";
    }

    /** How rare such a line-up is by chance, for people. */
    static String chance(double expectedByChance) {
        if (expectedByChance < 0.001) {
            return "Chance alone would line up such jumps in fewer than 1 of 1,000 reports like this one.";
        }
        long reports = Math.round(1 / expectedByChance);
        return String.format(Locale.ROOT, "Chance alone would line up such jumps in about 1 of %,d reports like this"
                + " one.", reports);
    }

    /** A jump size for people: {@code 3.1×}, {@code 12×}. */
    static String times(double size) {
        return size >= 10 ? String.format(Locale.ROOT, "%.0f×", size) : String.format(Locale.ROOT, "%.1f×", size);
    }
}
