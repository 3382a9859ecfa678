package io.viralscope.app.report.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one place the HTML report turns numbers into text: compact counts ({@code 1.2M}), percentages of views,
 * model parameters. Unknown values ({@code null}) read as an em dash everywhere.
 */
public final class HumanNumbers {

    /** How an unknown value reads. */
    public static final String UNKNOWN = "—";

    private static final String[] SUFFIXES = {"", "k", "M", "B", "T"};
    private static final char MINUS = '−';
    /** Below this a ratio reads "&lt; 0.01". */
    private static final double SMALLEST_RATIO = 0.01;
    /** Below this a percentage reads "&lt; 0.001%". */
    private static final double SMALLEST_PERCENT = 0.001;
    /** From this a count reads in scientific notation (1e15 would read "1000T"). */
    private static final double LARGEST_COMPACT = 999.5e12;

    private HumanNumbers() {
    }

    /** A count in at most three significant digits with a k/M/B/T suffix: 950, 12.3k, 1.2M; from 1e15, 3.2e15. */
    public static String compact(Double value) {
        if (value == null) {
            return UNKNOWN;
        }
        double v = value;
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= LARGEST_COMPACT) {
            return decimal(v);
        }
        double rounded = significant(Math.abs(v), 3);
        int tier = 0;
        while (tier < SUFFIXES.length - 1 && rounded >= 1000) {
            rounded = significant(rounded / 1000, 3);
            tier++;
        }
        return (v < 0 ? String.valueOf(MINUS) : "") + plain(rounded) + SUFFIXES[tier];
    }

    /** A whole count with thousands separators: 1,234,567. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace('-', MINUS);
    }

    /**
     * A ratio (0..1) as a percentage with at most three significant digits: 0.0183 → 1.83%; a magnitude under
     * 0.001% reads "&lt; 0.001%".
     */
    public static String percent(Double ratio) {
        if (ratio == null) {
            return UNKNOWN;
        }
        double p = ratio * 100;
        if (p != 0 && Math.abs(p) < SMALLEST_PERCENT) {
            return "< " + (p < 0 ? String.valueOf(MINUS) : "") + "0.001%";
        }
        return (p < 0 ? String.valueOf(MINUS) : "") + plain(significant(Math.abs(p), 3)) + "%";
    }

    /** A ratio (0..1) as a whole percentage, for confidences: 0.72 → 72%. */
    public static String wholePercent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }

    /**
     * A model parameter or other figure with four significant digits; very small or very large magnitudes in
     * scientific notation (3.2e-5).
     */
    public static String decimal(Double value) {
        if (value == null) {
            return UNKNOWN;
        }
        double v = value;
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String sign = v < 0 ? String.valueOf(MINUS) : "";
        if (a < 1e-3 || a >= 1e7) {
            String s = String.format(Locale.ROOT, "%.2e", a);
            String mantissa = stripZeros(s.substring(0, s.indexOf('e')));
            int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "") + Math.abs(exponent);
        }
        return sign + plain(significant(a, 4));
    }

    /** A coefficient such as R² to two decimals, trailing zeros dropped: 0.9999 → 1, −0.01971 → −0.02, −2.1e-5 → 0. */
    public static String twoDecimals(double value) {
        BigDecimal rounded = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return (rounded.signum() < 0 ? String.valueOf(MINUS) : "") + stripZeros(rounded.abs().toPlainString());
    }

    /**
     * A ratio of two numbers such as q/p: two significant digits below 10, whole numbers above; a magnitude under
     * 0.01 reads "&lt; 0.01", never as a string of zeros.
     */
    public static String ratio(double value) {
        double a = Math.abs(value);
        String sign = value < 0 ? String.valueOf(MINUS) : "";
        if (a > 0 && a < SMALLEST_RATIO) {
            return "< " + sign + "0.01";
        }
        if (a >= 10) {
            return sign + compact(a).replace(String.valueOf(MINUS), "");
        }
        return sign + plain(significant(a, 2));
    }

    private static double significant(double positive, int digits) {
        return new BigDecimal(positive).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
    }

    private static String plain(double positive) {
        return stripZeros(new BigDecimal(Double.toString(positive)).toPlainString());
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
