package io.viralscope.app.analysis;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Episode;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Unit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A detection as a results-table row (docs/architecture.md#result-cache): a binary form read and written by machine
 * only, field by field in a fixed order, with every number exact (doubles as their 8 bytes, instants to the
 * nanosecond) and a curve's values as one run of doubles. JSON rows cost a fifth of a cold report's CPU in
 * formatting and parsing doubles and building trees; these cost a copy.
 *
 * <p>A row starts with {@code VS} and {@link #FORMAT}. A row of another form (JSON of an older Viralscope, another
 * format number, damaged or cut short) reads as empty, a cache miss: the detection is recomputed and the row
 * replaced. Enumerations are written by their wire names, not their positions, so a constant added to the plugin
 * API cannot turn a stored row into another meaning.
 */
public final class CachedDetection {

    /** The form of a row: 1 and 2 were JSON (timestamped points, then compact curves); 3 is this binary form. */
    public static final int FORMAT = 3;

    private static final byte MAGIC_0 = 'V';
    private static final byte MAGIC_1 = 'S';

    private static final int METRIC_NULL = 0;
    private static final int METRIC_NUMBER = 1;
    private static final int METRIC_TEXT = 2;

    private static final int OFFSETS_DOUBLES = 0;
    // offsets that are whole milliseconds of the step (one per sample, as the engagement curves are): deltas of
    // milliseconds, about half the bytes of doubles, read back bit for bit
    private static final int OFFSETS_MILLIS = 1;

    private CachedDetection() {
    }

    /** The row of {@code d}, with its curves. */
    public static byte[] write(Detection d) {
        RowOutput out = new RowOutput(estimatedSize(d));
        out.writeByte(MAGIC_0);
        out.writeByte(MAGIC_1);
        out.writeByte(FORMAT);
        out.writeString(d.detector());
        out.writeString(d.version());
        out.writeString(d.status().wireName());
        out.writeString(d.summary());
        writeMetrics(out, d.metrics());
        out.writeCount(d.events().size());
        for (Event e : d.events()) {
            out.writeString(e.type());
            out.writeInstant(e.at());
            out.writeDouble(e.value());
            out.writeString(e.label());
            // attributes in their map's order: the row is read by this class only, so no sorting is needed
            out.writeCount(e.attributes().size());
            for (Map.Entry<String, Double> a : e.attributes().entrySet()) {
                out.writeString(a.getKey());
                out.writeDouble(a.getValue());
            }
        }
        out.writeCount(d.evidence().size());
        for (MechanismEvidence m : d.evidence()) {
            out.writeString(m.mechanism().id());
            out.writeDouble(m.weight());
            out.writeString(m.finding());
        }
        writeMetricInfo(out, d.metricInfo());
        out.writeCount(d.breakouts().size());
        for (BreakoutSignal b : d.breakouts()) {
            out.writeString(b.kind().id());
            out.writeInstant(b.at());
            out.writeString(b.finding());
        }
        out.writeCount(d.episodes().size());
        for (Episode e : d.episodes()) {
            out.writeInstant(e.start());
            out.writeInstant(e.end());
            out.writeSignedLong(e.viewsAboveBaseline());
            out.writeString(e.mechanism().id());
            out.writeString(e.label());
        }
        out.writeCount(d.curves().size());
        for (FittedCurve c : d.curves()) {
            writeCurve(out, c);
        }
        return out.toByteArray();
    }

    /** The detection of a row, or empty when the row is of another form or damaged: recompute it then. */
    public static Optional<Detection> read(byte[] row) {
        if (row == null || row.length < 3 || row[0] != MAGIC_0 || row[1] != MAGIC_1 || row[2] != FORMAT) {
            return Optional.empty();
        }
        try {
            RowInput in = new RowInput(row);
            in.readByte();
            in.readByte();
            in.readByte();
            Detection d = readDetection(in);
            return in.atEnd() ? Optional.of(d) : Optional.empty();
        } catch (RuntimeException e) {
            // cut short, an unknown name, a number the API refuses: not a row to trust
            return Optional.empty();
        }
    }

    private static int estimatedSize(Detection d) {
        int size = 256 + 3 * d.summary().length() + 48 * d.metrics().size() + 96 * d.events().size()
                + 128 * (d.evidence().size() + d.breakouts().size() + d.episodes().size());
        for (FittedCurve c : d.curves()) {
            size += 64 + 8 * c.size() * (c.isRegular() ? 1 : 2);
        }
        return size;
    }

    private static void writeMetrics(RowOutput out, Map<String, Object> metrics) {
        out.writeCount(metrics.size());
        for (Map.Entry<String, Object> m : metrics.entrySet()) {
            out.writeString(m.getKey());
            Object v = m.getValue();
            if (v == null) {
                out.writeByte(METRIC_NULL);
            } else if (v instanceof Double n) {
                out.writeByte(METRIC_NUMBER);
                out.writeDouble(n);
            } else {
                out.writeByte(METRIC_TEXT);
                out.writeString(v.toString());
            }
        }
    }

    private static void writeMetricInfo(RowOutput out, Map<String, MetricInfo> info) {
        out.writeCount(info.size());
        for (Map.Entry<String, MetricInfo> e : info.entrySet()) {
            MetricInfo i = e.getValue();
            out.writeString(e.getKey());
            out.writeString(i.unit() == null ? "" : i.unit().wireName());
            out.writeBoolean(i.headline());
            out.writeBoolean(i.diagnostic());
            out.writeCount(i.bands().size());
            for (MetricBand b : i.bands()) {
                out.writeDouble(b.low());
                out.writeBoolean(b.high() != null);
                if (b.high() != null) {
                    out.writeDouble(b.high());
                }
                out.writeString(b.label());
            }
        }
    }

    private static void writeCurve(RowOutput out, FittedCurve c) {
        out.writeString(c.name());
        out.writeString(c.quantity().name());
        out.writeBoolean(c.primary());
        out.writeInstant(c.start());
        out.writeDuration(c.step());
        int n = c.size();
        out.writeCount(n);
        // values() copies once; value(i) per point would cost a bounds check each and no less
        out.writeDoubles(c.values(), n);
        out.writeBoolean(c.isRegular());
        if (!c.isRegular()) {
            double[] offsets = c.offsets();
            long[] millis = wholeMillis(offsets, c.step());
            if (millis == null) {
                out.writeByte(OFFSETS_DOUBLES);
                out.writeDoubles(offsets, n);
            } else {
                out.writeByte(OFFSETS_MILLIS);
                long previous = 0;
                for (long m : millis) {
                    out.writeSignedLong(m - previous);
                    previous = m;
                }
            }
        }
    }

    /** The offsets as milliseconds when each is exactly {@code millis / stepMillis}, else null. */
    private static long[] wholeMillis(double[] offsets, Duration step) {
        long stepMillis = step.toMillis();
        if (stepMillis <= 0 || step.toNanos() % 1_000_000 != 0) {
            return null;
        }
        long[] out = new long[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            double scaled = offsets[i] * stepMillis;
            if (!(Math.abs(scaled) < 1e15)) {
                return null;
            }
            long m = Math.round(scaled);
            if (Double.doubleToRawLongBits(m / (double) stepMillis) != Double.doubleToRawLongBits(offsets[i])) {
                return null;
            }
            out[i] = m;
        }
        return out;
    }

    private static Detection readDetection(RowInput in) {
        String detector = in.readString();
        String version = in.readString();
        DetectionStatus status = DetectionStatus.fromWireName(in.readString());
        String summary = in.readString();
        Map<String, Object> metrics = readMetrics(in);
        int eventCount = in.readCount(12);
        List<Event> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            String type = in.readString();
            Instant at = in.readInstant();
            double value = in.readDouble();
            String label = in.readString();
            int attributeCount = in.readCount(9);
            Map<String, Double> attributes = attributeCount == 0 ? Map.of() : new HashMap<>();
            for (int a = 0; a < attributeCount; a++) {
                attributes.put(in.readString(), in.readDouble());
            }
            events.add(new Event(type, at, value, label, attributes));
        }
        int evidenceCount = in.readCount(10);
        List<MechanismEvidence> evidence = new ArrayList<>(evidenceCount);
        for (int i = 0; i < evidenceCount; i++) {
            evidence.add(new MechanismEvidence(mechanism(in.readString()), in.readDouble(), in.readString()));
        }
        Map<String, MetricInfo> info = readMetricInfo(in);
        int breakoutCount = in.readCount(4);
        List<BreakoutSignal> breakouts = new ArrayList<>(breakoutCount);
        for (int i = 0; i < breakoutCount; i++) {
            breakouts.add(new BreakoutSignal(BreakoutSignal.Kind.fromId(in.readString()), in.readInstant(),
                    in.readString()));
        }
        int episodeCount = in.readCount(7);
        List<Episode> episodes = new ArrayList<>(episodeCount);
        for (int i = 0; i < episodeCount; i++) {
            episodes.add(new Episode(in.readInstant(), in.readInstant(), in.readSignedLong(),
                    mechanism(in.readString()), in.readString()));
        }
        int curveCount = in.readCount(8);
        List<FittedCurve> curves = new ArrayList<>(curveCount);
        for (int i = 0; i < curveCount; i++) {
            curves.add(readCurve(in));
        }
        return new Detection(detector, version, status, summary, metrics, events, curves, evidence, info,
                breakouts, episodes);
    }

    private static Map<String, Object> readMetrics(RowInput in) {
        int count = in.readCount(2);
        Map<String, Object> metrics = new LinkedHashMap<>(Math.max(4, count * 4 / 3 + 1));
        for (int i = 0; i < count; i++) {
            String name = in.readString();
            int kind = in.readByte();
            metrics.put(name, switch (kind) {
                case METRIC_NULL -> null;
                case METRIC_NUMBER -> in.readDouble();
                case METRIC_TEXT -> in.readString();
                default -> throw new RowInput.MalformedRow("unknown metric kind " + kind);
            });
        }
        return metrics;
    }

    private static Map<String, MetricInfo> readMetricInfo(RowInput in) {
        int count = in.readCount(4);
        Map<String, MetricInfo> info = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String metric = in.readString();
            String unit = in.readString();
            boolean headline = in.readBoolean();
            boolean diagnostic = in.readBoolean();
            int bandCount = in.readCount(10);
            List<MetricBand> bands = new ArrayList<>(bandCount);
            for (int b = 0; b < bandCount; b++) {
                double low = in.readDouble();
                Double high = in.readBoolean() ? in.readDouble() : null;
                bands.add(new MetricBand(low, high, in.readString()));
            }
            info.put(metric, new MetricInfo(unit.isEmpty() ? null : Unit.fromWireName(unit), bands, headline,
                    diagnostic));
        }
        return info;
    }

    private static FittedCurve readCurve(RowInput in) {
        String name = in.readString();
        CurveQuantity quantity = CurveQuantity.valueOf(in.readString());
        boolean primary = in.readBoolean();
        Instant start = in.readInstant();
        Duration step = in.readDuration();
        int n = in.readCount(8);
        double[] values = in.readDoubles(n);
        if (in.readBoolean()) {
            return FittedCurve.regular(name, quantity, primary, start, step, values);
        }
        double[] offsets;
        int mode = in.readByte();
        if (mode == OFFSETS_DOUBLES) {
            offsets = in.readDoubles(n);
        } else if (mode == OFFSETS_MILLIS) {
            double stepMillis = step.toMillis();
            offsets = new double[n];
            long m = 0;
            for (int i = 0; i < n; i++) {
                m += in.readSignedLong();
                offsets[i] = m / stepMillis;
            }
        } else {
            throw new RowInput.MalformedRow("unknown offsets form " + mode);
        }
        return FittedCurve.irregular(name, quantity, primary, start, step, offsets, values);
    }

    private static Mechanism mechanism(String id) {
        for (Mechanism m : Mechanism.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new RowInput.MalformedRow("unknown mechanism " + id);
    }
}
