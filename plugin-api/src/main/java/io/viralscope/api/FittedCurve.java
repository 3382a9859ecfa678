package io.viralscope.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A curve a detector fitted or derived, as values a chart can draw over the data.
 *
 * <p>Since 1.4.0 a curve is compact: a start instant, a step and the values, with no instant per point. Value
 * {@code i} of a {@link #isRegular() regular} curve lies at {@code start + i * step} (a daily curve: start at a
 * day's 00:00 UTC, step one day); an irregular one keeps an offset per value, in steps from the start (fractions
 * allowed), for points that fall where the data does. Build one with {@link #daily}, {@link #regular} or
 * {@link #irregular}. The list of {@link CurvePoint}s of API 1.0 to 1.3 is still accepted and given, derived from
 * the compact form, to the millisecond.
 *
 * <p>Instances are immutable; array accessors return copies. Thread-safe.
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public final class FittedCurve {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final String name;
    private final CurveQuantity quantity;
    private final boolean primary;
    private final Instant start;
    private final Duration step;
    private final double[] values;
    // null for a regular curve; else value i lies at start + offsets[i] * step
    private final double[] offsets;

    private FittedCurve(String name, CurveQuantity quantity, boolean primary, Instant start, Duration step,
                        double[] values, double[] offsets) {
        this.name = Objects.requireNonNull(name, "name");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.primary = primary;
        this.start = Objects.requireNonNull(start, "start");
        this.step = Objects.requireNonNull(step, "step");
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("curve " + name + " needs a positive step but was " + step);
        }
        this.values = values.clone();
        for (double v : this.values) {
            Finite.require("curve point", v);
        }
        if (offsets != null) {
            if (offsets.length != values.length) {
                throw new IllegalArgumentException("curve " + name + " has " + values.length + " values but "
                        + offsets.length + " offsets");
            }
            double[] o = offsets.clone();
            for (int i = 0; i < o.length; i++) {
                Finite.require("curve offset", o[i]);
                if (i > 0 && o[i] < o[i - 1]) {
                    throw new IllegalArgumentException("curve " + name + " offsets must be in time order but "
                            + o[i] + " follows " + o[i - 1]);
                }
            }
            this.offsets = o;
        } else {
            this.offsets = null;
        }
    }

    /**
     * A curve of daily values: value {@code i} lies at {@code start} plus {@code i} days. Normally {@code start} is
     * a grid's {@link DailyGrid#start()}, a day's 00:00 UTC.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public static FittedCurve daily(String name, CurveQuantity quantity, boolean primary, Instant start,
                                    double[] values) {
        return new FittedCurve(name, quantity, primary, start, ONE_DAY, values, null);
    }

    /** A curve whose value {@code i} lies at {@code start + i * step}; {@code step} is positive. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public static FittedCurve regular(String name, CurveQuantity quantity, boolean primary, Instant start,
                                      Duration step, double[] values) {
        return new FittedCurve(name, quantity, primary, start, step, values, null);
    }

    /**
     * A curve whose value {@code i} lies at {@code start + offsets[i] * step}: points where the data fell, such as
     * one per sample. Offsets are in steps (fractions allowed), in time order, one per value.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public static FittedCurve irregular(String name, CurveQuantity quantity, boolean primary, Instant start,
                                        Duration step, double[] offsets, double[] values) {
        return new FittedCurve(name, quantity, primary, start, step, values,
                Objects.requireNonNull(offsets, "offsets"));
    }

    /**
     * A curve from its points, as plugins built for API 1.0 to 1.3 make it: regular when the points are evenly
     * spaced, else irregular in days from the first point.
     *
     * @param points the points, in time order
     * @deprecated give the values with {@link #daily}, {@link #regular} or {@link #irregular}: no instant per point
     */
    @Deprecated(since = "1.4.0")
    @Stability(level = Stability.Level.STABLE, since = "1.0.0")
    public FittedCurve(String name, CurveQuantity quantity, boolean primary, List<CurvePoint> points) {
        this(name, quantity, primary, fromPoints(name, quantity, primary, List.copyOf(points)));
    }

    private FittedCurve(String name, CurveQuantity quantity, boolean primary, FittedCurve derived) {
        this(name, quantity, primary, derived.start, derived.step, derived.values, derived.offsets);
    }

    private static FittedCurve fromPoints(String name, CurveQuantity quantity, boolean primary,
                                          List<CurvePoint> points) {
        double[] v = new double[points.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = points.get(i).value();
        }
        if (points.isEmpty()) {
            return daily(name, quantity, primary, Instant.EPOCH, v);
        }
        Instant first = points.get(0).at();
        Duration step = points.size() > 1 ? Duration.between(first, points.get(1).at()) : ONE_DAY;
        boolean even = !step.isNegative() && !step.isZero();
        for (int i = 2; even && i < points.size(); i++) {
            even = Duration.between(points.get(i - 1).at(), points.get(i).at()).equals(step);
        }
        if (even) {
            return regular(name, quantity, primary, first, step, v);
        }
        double[] offsets = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            offsets[i] = Duration.between(first, points.get(i).at()).toMillis() / (double) ONE_DAY.toMillis();
        }
        return irregular(name, quantity, primary, first, ONE_DAY, offsets, v);
    }

    /** What the curve is, such as {@code logistic} or {@code forecast}. */
    public String name() {
        return name;
    }

    /** What its values measure. */
    public CurveQuantity quantity() {
        return quantity;
    }

    /** True for the detector's chosen curve (the best model), drawn more prominently. */
    public boolean primary() {
        return primary;
    }

    /** The instant of the start: of value 0 for a regular curve; offsets of an irregular one count from it. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public Instant start() {
        return start;
    }

    /** The spacing of a regular curve's values, and the unit of an irregular one's offsets. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public Duration step() {
        return step;
    }

    /** True when value {@code i} lies at {@code start + i * step}; false when each value has its own offset. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public boolean isRegular() {
        return offsets == null;
    }

    /** Number of values. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public int size() {
        return values.length;
    }

    /** Value {@code i}, in the curve's {@link CurveQuantity}; finite. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public double value(int i) {
        return values[i];
    }

    /** The values, in time order (a copy). */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public double[] values() {
        return values.clone();
    }

    /** Where value {@code i} lies, in steps from the start: {@code i} for a regular curve. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public double offset(int i) {
        Objects.checkIndex(i, values.length);
        return offsets == null ? i : offsets[i];
    }

    /** The offsets of an irregular curve (a copy), or {@code null} for a regular one. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public double[] offsets() {
        return offsets == null ? null : offsets.clone();
    }

    /** The instant of value {@code i}, to the millisecond for an irregular curve. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.4.0")
    public Instant at(int i) {
        if (offsets == null) {
            Objects.checkIndex(i, values.length);
            return start.plus(step.multipliedBy(i));
        }
        return start.plusMillis(Math.round(offsets[i] * step.toMillis()));
    }

    /**
     * The points, derived from the compact form.
     *
     * @deprecated read {@link #size()}, {@link #value(int)} and {@link #at(int)}: no object per point
     */
    @Deprecated(since = "1.4.0")
    @Stability(level = Stability.Level.STABLE, since = "1.0.0")
    public List<CurvePoint> points() {
        List<CurvePoint> points = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            points.add(new CurvePoint(at(i), values[i]));
        }
        return List.copyOf(points);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedCurve c && primary == c.primary && name.equals(c.name) && quantity == c.quantity
                && start.equals(c.start) && step.equals(c.step) && Arrays.equals(values, c.values)
                && Arrays.equals(offsets, c.offsets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, quantity, primary, start, step, Arrays.hashCode(values), Arrays.hashCode(offsets));
    }

    @Override
    public String toString() {
        return "FittedCurve[name=" + name + ", quantity=" + quantity + ", primary=" + primary + ", start=" + start
                + ", step=" + step + ", size=" + values.length + (offsets == null ? "" : ", irregular") + "]";
    }
}
