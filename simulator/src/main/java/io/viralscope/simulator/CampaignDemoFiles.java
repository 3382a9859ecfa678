package io.viralscope.simulator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Writes the campaign files of {@code viralscope demo}: one synthetic video with a paid flight ({@link
 * CampaignSimulator}, paid views observed), its flight as a campaign file (spend in EUR) and its views by traffic
 * source as a YouTube Studio chart export. Usage: {@code java -cp viralscope-simulator.jar
 * io.viralscope.simulator.CampaignDemoFiles DIR SEED}; the bundled files are seed 7.
 */
public final class CampaignDemoFiles {

    static final String VIDEO = "demoCampgn1";
    static final String TITLE = "\"Demo: product film with a paid flight (synthetic)\"";

    private CampaignDemoFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        CampaignSimulator.Campaign c = CampaignSimulator.simulate(CampaignSimulator.Family.PAID_VIEWS_OBSERVED, seed);
        try (PrintWriter w = writer(dir.resolve("campaign-video.csv"))) {
            w.println("video_id,timestamp,view_count,title,published_at");
            long total = 0;
            w.println(VIDEO + "," + CampaignSimulator.START + ",0," + TITLE + "," + CampaignSimulator.START);
            for (int k = 0; k < c.views().length; k++) {
                total += Math.round(c.views()[k]);
                w.println(VIDEO + "," + CampaignSimulator.START.plus(Duration.ofDays(k + 1L)) + "," + total + ","
                        + TITLE + "," + CampaignSimulator.START);
            }
        }
        try (PrintWriter w = writer(dir.resolve("campaign-flights.csv"))) {
            w.println("campaign,video_id,day,spend,currency");
            for (int k = c.flightFirstDay(); k <= c.flightLastDay(); k++) {
                w.printf(Locale.ROOT, "spring-push,%s,%s,%.2f,EUR%n", VIDEO, c.day(k), c.spend()[k] / 10);
            }
        }
        try (PrintWriter w = writer(dir.resolve("campaign-traffic.csv"))) {
            w.println("Date,Traffic source,Views");
            for (int k = 0; k < c.views().length; k++) {
                long paid = Math.round(c.paidViews()[k]);
                long organic = Math.round(c.views()[k]) - paid;
                if (paid > 0) {
                    w.println(c.day(k) + ",YouTube advertising," + paid);
                }
                long browse = Math.round(organic * 0.6);
                w.println(c.day(k) + ",Browse features," + browse);
                w.println(c.day(k) + ",YouTube search," + (organic - browse));
            }
        }
        System.out.printf(Locale.ROOT, "seed %d: %d days, flight %s to %s, earned multiplier %.2f, earned share %.3f,"
                        + " branching ratio %.2f%n", seed, c.views().length, c.day(c.flightFirstDay()),
                c.day(c.flightLastDay()), c.multiplier(), c.earnedShare(), c.branching());
    }

    private static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}
