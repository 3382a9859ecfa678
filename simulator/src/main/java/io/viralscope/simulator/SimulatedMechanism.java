package io.viralscope.simulator;

import io.viralscope.api.Stability;

import java.util.Arrays;
import java.util.List;

/**
 * The spreading mechanisms the simulator can produce, each with the kebab-case name the CLI accepts
 * ({@code viralscope simulate --mechanism NAME}).
 *
 * <p>The smooth families follow the classic diffusion curves; the four cascade families follow the self-exciting
 * branching process of Crane &amp; Sornette (PNAS 2008) with memory kernel {@code φ(t) ∝ (t+c)^−(1+θ)}; the step
 * and rate changes plant one known change point for change-point detectors; the critical background is an
 * independent, view-by-view generator of a critical cascade without a shock.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public enum SimulatedMechanism {
    /** Logistic S-curve {@code K/(1+e^{−r(t−t0)})}: symmetric rise and fall of daily views. */
    LOGISTIC("logistic", "logistic S-curve"),
    /** Gompertz curve {@code K·exp(−e^{−r(t−t0)})}: fast rise, slow fall of daily views. */
    GOMPERTZ("gompertz", "Gompertz curve"),
    /** Bass diffusion with imitation far above innovation (q ≫ p): a word-of-mouth build-up to an inner peak. */
    BASS_WORD_OF_MOUTH("bass-word-of-mouth", "Bass diffusion, word of mouth (q much larger than p)"),
    /** Bass diffusion with innovation at least imitation (p ≥ q): daily views highest at launch, then falling. */
    BASS_EXTERNAL_PUSH("bass-external-push", "Bass diffusion, external push (p at least q)"),
    /** One exogenous shock into a critical cascade (n ≈ 1): a spike relaxing slowly, α ≈ 1 − θ. */
    EXOGENOUS_CRITICAL("exogenous-critical", "exogenous shock, critical cascade"),
    /** One exogenous shock into a subcritical cascade (n 0.2–0.5): a spike relaxing fast, α ≈ 1 + θ. */
    EXOGENOUS_SUBCRITICAL("exogenous-subcritical", "exogenous shock, subcritical cascade"),
    /** Small background shocks accumulating in a critical cascade: build-up, peak, relaxation α ≈ 1 − 2θ. */
    ENDOGENOUS_CRITICAL("endogenous-critical", "endogenous build-up, critical cascade"),
    /** Steady background in a subcritical cascade: no significant burst. */
    ENDOGENOUS_SUBCRITICAL("endogenous-subcritical", "steady background, subcritical cascade"),
    /** A level shift of daily views on one day. */
    STEP_CHANGE("step-change", "level shift of daily views"),
    /** A change of the growth rate of daily views on one day (a kink in log daily views). */
    RATE_CHANGE("rate-change", "change of growth rate"),
    /**
     * A critical cascade (n 0.97–1.0) driven by a steady background of 5–50 views a day and no shock, simulated
     * view by view ({@link SteadyBackgroundCascade}): sustained bursty growth; its class is endogenous critical.
     */
    CRITICAL_BACKGROUND("critical-background", "critical cascade on a steady background");

    private final String cliName;
    private final String description;

    SimulatedMechanism(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The kebab-case name used on the command line and in ground-truth JSON, such as {@code step-change}. */
    public String cliName() {
        return cliName;
    }

    /** A few plain words saying what the mechanism produces. */
    public String description() {
        return description;
    }

    /** True for the logistic, Gompertz and Bass families, whose daily views follow a smooth curve. */
    public boolean isSmooth() {
        return this == LOGISTIC || this == GOMPERTZ || this == BASS_WORD_OF_MOUTH || this == BASS_EXTERNAL_PUSH;
    }

    /** True for the four self-exciting cascade families. */
    public boolean isCascade() {
        return this == EXOGENOUS_CRITICAL || this == EXOGENOUS_SUBCRITICAL || this == ENDOGENOUS_CRITICAL
                || this == ENDOGENOUS_SUBCRITICAL;
    }

    /** Every CLI name, in declaration order, for usage and error messages. */
    public static List<String> names() {
        return Arrays.stream(values()).map(SimulatedMechanism::cliName).toList();
    }

    /**
     * The mechanism with CLI name {@code name} (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException with a sentence listing the valid names when there is none
     */
    public static SimulatedMechanism fromName(String name) {
        String wanted = name == null ? "" : name.trim();
        for (SimulatedMechanism m : values()) {
            if (m.cliName.equalsIgnoreCase(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown mechanism '" + name + "'; use one of: "
                + String.join(", ", names()) + ".");
    }
}
