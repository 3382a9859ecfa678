package io.viralscope.api;

/**
 * What a number metric measures, so a report writes it with its unit rather than guessing from the metric's name.
 * A metric without a declared unit is a plain number.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public enum Unit {
    /** A share stored as a ratio from 0 to 1 and shown as a percentage: {@code 0.012} reads "1.2%". */
    PERCENT("percent"),
    /** A relative rate per day stored as a ratio: {@code 0.05} reads "5%/day". */
    PERCENT_PER_DAY("percent_per_day"),
    /** A number of views: {@code 1234567} reads "1.2M views". */
    VIEWS("views"),
    /** Views per day: {@code 12300} reads "12.3k views a day". */
    VIEWS_PER_DAY("views_per_day"),
    /** A number of days. */
    DAYS("days"),
    /** A plain multiple of one figure over another, such as Bass q/p: {@code 14} reads "×14". */
    RATIO("ratio"),
    /** A whole number of things, such as change points. */
    COUNT("count"),
    /**
     * A dimensionless coefficient meaningful to two decimals, such as a fit's R²: {@code 0.98731} reads "0.99",
     * {@code -0.0000213} reads "0".
     */
    COEFFICIENT("coefficient");

    private final String wireName;

    Unit(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON reports, such as {@code views_per_day}. */
    public String wireName() {
        return wireName;
    }

    /** The unit whose wire name is {@code name}. */
    public static Unit fromWireName(String name) {
        for (Unit u : values()) {
            if (u.wireName.equals(name)) {
                return u;
            }
        }
        throw new IllegalArgumentException("Unknown unit '" + name + "'");
    }
}
