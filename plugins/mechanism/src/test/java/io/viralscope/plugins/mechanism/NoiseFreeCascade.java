package io.viralscope.plugins.mechanism;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.GroundTruth;
import io.viralscope.simulator.SimulatedMechanism;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The noise-free (mean-field) version of a simulated cascade, rebuilt from its {@link GroundTruth}: the same drive
 * as the simulator's cascade families (a background of {@code background_fraction} per day, one unit of shock on
 * the shock day, or the endogenous precursor {@code (t_c − t + c)^−(1−θ)} up to the burst day), scaled by
 * {@code drive_scale} and run through {@code m_t = drive_t + n·Σ φ(τ)·m_{t−τ}} with the same normalised kernel.
 * The daily background fluctuations and the count noise are left out (their mean is 1 and 0).
 *
 * <p>It tells detector error from what the simulated process itself shows: a detector applied to this series
 * measures the relaxation the process has in the window, without noise. The simulator does not expose its
 * expected series, so this mirrors {@code CascadeGrowth}; keep the two in step.
 */
final class NoiseFreeCascade {

    private NoiseFreeCascade() {
    }

    /** The noise-free series of a cascade's ground truth, one sample a day, starting at 10 days of views. */
    static VideoSeries of(GroundTruth truth) {
        if (!truth.mechanism().isCascade()) {
            throw new IllegalArgumentException(truth.mechanism() + " is not a cascade");
        }
        Map<String, Double> p = truth.parameters();
        int days = truth.days();
        double theta = p.get("theta");
        double shift = p.get("kernel_shift_days");
        double background = p.getOrDefault("background_fraction", 1.0);
        double[] drive = new double[days];
        for (int t = 0; t < days; t++) {
            drive[t] = background;
            if (truth.mechanism() == SimulatedMechanism.ENDOGENOUS_CRITICAL) {
                int burst = (int) Math.round(p.get("burst_day"));
                if (t <= burst) {
                    drive[t] += Math.pow(burst - t + shift, -(1 - theta));
                }
            }
            if (truth.shockDay() != null && t == truth.shockDay()) {
                drive[t] += 1;
            }
            drive[t] *= p.get("drive_scale");
        }
        double[] m = new MemoryKernel(theta, shift, days).meanResponse(drive, truth.branchingRatio());
        List<Sample> samples = new ArrayList<>(days + 1);
        double cumulative = 10 * m[0];
        samples.add(Sample.ofViews(truth.start(), Math.round(cumulative)));
        for (int t = 0; t < days; t++) {
            cumulative += m[t];
            samples.add(Sample.ofViews(truth.start().plus(Duration.ofDays(t + 1L)), Math.round(cumulative)));
        }
        return new VideoSeries(truth.videoId(), "noise-free " + truth.mechanism().cliName(), samples);
    }
}
