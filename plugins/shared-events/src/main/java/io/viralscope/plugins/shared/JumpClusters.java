package io.viralscope.plugins.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the jumps of a cohort into {@link JumpCluster}s: the busiest day first takes the jumps of its own day and
 * of the days either side, one per video; then the next busiest day among what is left, and so on.
 */
final class JumpClusters {

    private JumpClusters() {
    }

    static List<JumpCluster> of(List<VideoJumps> videos) {
        Map<LocalDate, List<Jump>> byDay = new TreeMap<>();
        Map<String, VideoJumps> byVideo = new LinkedHashMap<>();
        for (VideoJumps v : videos) {
            byVideo.put(v.videoId(), v);
            for (Jump j : v.jumps()) {
                byDay.computeIfAbsent(j.day(), d -> new ArrayList<>()).add(j);
            }
        }
        List<LocalDate> busiestFirst = new ArrayList<>(byDay.keySet());
        busiestFirst.sort(Comparator.comparingInt((LocalDate d) -> -byDay.get(d).size())
                .thenComparing(Comparator.naturalOrder()));
        Set<Jump> taken = new HashSet<>();
        List<JumpCluster> clusters = new ArrayList<>();
        for (LocalDate anchor : busiestFirst) {
            if (taken.containsAll(byDay.get(anchor))) {
                continue;
            }
            Map<String, Jump> strongestOfVideo = new LinkedHashMap<>();
            for (LocalDate d = anchor.minusDays(1); !d.isAfter(anchor.plusDays(1)); d = d.plusDays(1)) {
                for (Jump j : byDay.getOrDefault(d, List.of())) {
                    if (taken.contains(j) || !byVideo.get(j.videoId()).judged(anchor)) {
                        continue;
                    }
                    taken.add(j);
                    strongestOfVideo.merge(j.videoId(), j,
                            (a, b) -> a.significance() >= b.significance() ? a : b);
                }
            }
            if (strongestOfVideo.isEmpty()) {
                continue;
            }
            List<Jump> jumps = List.copyOf(strongestOfVideo.values());
            // the day most of the kept jumps fell on names the event (the earlier of equals)
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            jumps.forEach(j -> perDay.merge(j.day(), 1, Integer::sum));
            LocalDate day = perDay.entrySet().stream().max(Comparator.comparingInt(Map.Entry<LocalDate, Integer>::getValue)
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
            clusters.add(new JumpCluster(day, jumps, perDay.size()));
        }
        clusters.sort(Comparator.comparing(JumpCluster::day));
        return clusters;
    }
}
