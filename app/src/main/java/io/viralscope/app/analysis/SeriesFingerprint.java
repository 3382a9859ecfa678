package io.viralscope.app.analysis;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.Sample;
import io.viralscope.api.TrafficSourceDay;
import io.viralscope.api.VideoSeries;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Content hashes that key cached results: equal series (same samples) analysed over the same days give equal
 * fingerprints, in any process (docs/architecture.md#result-cache). The title is left out: a retitled video has the
 * same dynamics.
 */
public final class SeriesFingerprint {

    private SeriesFingerprint() {
    }

    /**
     * What the fingerprint covers besides the samples: the meaning of the daily grid they are read on. Changed when
     * that meaning changes (version 2: days are whole UTC days, dated by their own 00:00 UTC), so no result computed
     * on another grid is served.
     */
    static final String GRID = "daily-grid/2";

    /** SHA-256 of the samples, hex: the whole series, read on today's daily grid. */
    public static String of(VideoSeries series) {
        return of(series, SeriesWindow.of(series, series.size()));
    }

    /**
     * SHA-256 of the samples and the days analysed, hex: results for different windows never share a key, even
     * where they hold the same samples.
     */
    public static String of(VideoSeries series, SeriesWindow window) {
        MessageDigest md = sha256();
        md.update((GRID + "|" + window.key() + "|").getBytes(StandardCharsets.UTF_8));
        // every sample's bytes in one buffer and one update: the same bytes in the same order as one update a
        // sample, so the same digest, for a fraction of the calls
        ByteBuffer buf = ByteBuffer.allocate(series.size() * 6 * Long.BYTES);
        for (Sample s : series.samples()) {
            buf.putLong(s.at().toEpochMilli()).putLong(s.views()).putLong(orMinusOne(s.likes()))
                    .putLong(orMinusOne(s.comments())).putLong(orMinusOne(s.shares()));
            if (s.watchMinutes() != null) {
                // only owner analytics have watch time: every other series keeps its fingerprint (and cache)
                buf.putLong(s.watchMinutes());
            }
        }
        md.update(buf.array(), 0, buf.position());
        paidMedia(md, series);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The flights and traffic sources a detector may read: a campaign declared or a traffic-source export imported
     * later must not be answered from a result computed without it. Nothing is added when there are none, so the
     * keys of series without paid media stay what they were.
     */
    private static void paidMedia(MessageDigest md, VideoSeries series) {
        if (series.flights().isEmpty() && series.trafficSources().isEmpty()) {
            return;
        }
        StringBuilder s = new StringBuilder("|paid-media/1|");
        for (CampaignFlight f : series.flights()) {
            s.append(f.campaign().length()).append(':').append(f.campaign()).append(',').append(f.stimulus())
                    .append(',').append(f.currency()).append(',').append(f.first()).append(',')
                    .append(f.daily()).append(';');
        }
        s.append('|');
        for (TrafficSourceDay t : series.trafficSources()) {
            s.append(t.day()).append(',').append(t.source()).append(',').append(t.views()).append(';');
        }
        md.update(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of a detector's settings, independent of key order, hex (short). */
    public static String ofSettings(Map<String, Object> settings) {
        MessageDigest md = sha256();
        md.update(new TreeMap<>(settings).toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static long orMinusOne(Long v) {
        return v == null ? -1 : v;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
