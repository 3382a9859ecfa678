package io.viralscope.plugins.engagement;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Mechanism;
import io.viralscope.simulator.GroundTruth;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The true like, comment and share rates of simulated series lie inside the reported 95% intervals on at least 90%
 * of series (60 per family, all ten families: 600 series); no family falls below 85% (a 95% interval covers 54 of
 * 60 or fewer by chance about 3% of the time, so 85% leaves room for luck, not for a bias). A constant rate is
 * rarely read as rising engagement.
 */
class EngagementCoverageTest {

    private static final int PER_FAMILY = 60;
    private final EngagementDetector detector = new EngagementDetector();

    @Test
    void trueRatesLieInsideTheReportedIntervals() {
        int[] pooled = new int[3];
        int total = 0;
        int risingEvidence = 0;
        for (SimulatedMechanism family : SimulatedMechanism.values()) {
            int[] inside = new int[3];
            for (long seed = 1; seed <= PER_FAMILY; seed++) {
                Simulation sim = Simulator.simulate(SimulationSpec.builder(family).seed(seed).shares(true).build());
                Detection d = detector.detect(sim.series(), DetectorContext.empty());
                GroundTruth truth = sim.truth();
                inside[0] += inside(d, "likes_per_view", truth.likeRate());
                inside[1] += inside(d, "comments_per_view", truth.commentRate());
                inside[2] += inside(d, "shares_per_view", truth.shareRate());
                risingEvidence += (int) d.evidence().stream()
                        .filter(e -> e.mechanism() == Mechanism.COMMUNITY_WORD_OF_MOUTH).count();
            }
            System.out.printf("engagement %-24s true rate inside 95%% interval: likes %d/%d, comments %d/%d, "
                    + "shares %d/%d%n", family.cliName(), inside[0], PER_FAMILY, inside[1], PER_FAMILY, inside[2],
                    PER_FAMILY);
            for (int k = 0; k < 3; k++) {
                assertThat(inside[k]).as("%s rate %d", family, k).isGreaterThanOrEqualTo(PER_FAMILY * 85 / 100);
                pooled[k] += inside[k];
            }
            total += PER_FAMILY;
        }
        System.out.printf("engagement all families: likes %.1f%%, comments %.1f%%, shares %.1f%% inside; "
                + "rising-engagement evidence on constant rates %d/%d%n", 100.0 * pooled[0] / total,
                100.0 * pooled[1] / total, 100.0 * pooled[2] / total, risingEvidence, total);
        for (int k = 0; k < 3; k++) {
            assertThat(pooled[k] / (double) total).isGreaterThanOrEqualTo(0.90);
        }
        assertThat(risingEvidence).isLessThanOrEqualTo(total / 50);
    }

    private static int inside(Detection d, String metric, double truth) {
        double low = d.number(metric + "_low");
        double high = d.number(metric + "_high");
        assertThat(d.number(metric)).isBetween(low, high);
        return truth >= low && truth <= high ? 1 : 0;
    }
}
