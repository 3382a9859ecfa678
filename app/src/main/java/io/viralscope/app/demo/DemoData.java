package io.viralscope.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample data bundled in the jar for {@code viralscope demo}: real 2017 trending snapshots (CC0) and
 * synthetic series of clearly different growth shapes, and three synthetic catalogue videos that one release lifts
 * on the same day (a shared event), and one synthetic video with a paid flight and its views by traffic source
 * (a campaign). Their sources are in the README beside them.
 */
public final class DemoData {

    /** Bundled files, in import order. */
    public static final List<String> FILES = List.of("growth-shapes.csv", "trending-2017-us-sample.csv",
            "shared-release.csv", "campaign-video.csv", "campaign-flights.csv", "campaign-traffic.csv", "README.md");
    /** The demo campaign's flight, a campaign file ({@code viralscope campaign import}). */
    public static final String CAMPAIGN_FLIGHTS = "campaign-flights.csv";
    /** The demo campaign's views by traffic source, a YouTube Studio chart export. */
    public static final String CAMPAIGN_TRAFFIC = "campaign-traffic.csv";

    private DemoData() {
    }

    /** Copies the bundled files into {@code dir}; returns the sample files written (not the campaign's own). */
    public static List<Path> extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> csvs = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = DemoData.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("bundled demo file " + name + " is missing from the jar");
                }
                Path target = dir.resolve(name);
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (name.endsWith(".csv") && !name.equals(CAMPAIGN_FLIGHTS) && !name.equals(CAMPAIGN_TRAFFIC)) {
                    csvs.add(target);
                }
            }
        }
        return csvs;
    }
}
