package io.viralscope.plugins.campaign;

/**
 * One fit of the campaign model: {@code x_t = b + d_{w(t)} + h·H_t + μ·s_t + n·Σ_{τ=1}^{t} φ(τ)·x_{t−τ}} (HIP's
 * daily form with a baseline): a baseline {@code b} with weekday offsets {@code d}, the memory of views before the
 * series ({@code H_t}, the kernel's mass beyond lag t), the paid stimulus {@code s} with sensitivity {@code μ} (1 and
 * the observed paid views when YouTube's traffic sources say how many came from advertising) and the
 * self-excitation of every earlier view with branching ratio {@code n}.
 *
 * @param kernel      the memory kernel's shape
 * @param baseline    b, views a day (the Monday level; weekdays add {@code weekdayOffsets})
 * @param weekdayOffsets d for Monday..Sunday (Monday 0)
 * @param history     h
 * @param sensitivity μ
 * @param branching   n
 * @param deviance    the weighted residual sum of squares the kernel was chosen by
 * @param size        the negative binomial size of the day-to-day noise (variance λ + λ²/size)
 */
record HipFit(MemoryKernel kernel, double baseline, double[] weekdayOffsets, double history, double sensitivity,
              double branching, double deviance, double size) {

    /** The expected views of every fitted day given the views seen before it (0 on the other days). */
    double[] expected(CampaignInput in) {
        double[] memory = kernel.memory(in.views(), in.fitFirst(), in.fitLast());
        double[] lambda = new double[in.days()];
        for (int t = in.fitFirst(); t <= in.fitLast(); t++) {
            lambda[t] = baselineOf(in, t) + drive(in, t) + branching * memory[t];
        }
        return lambda;
    }

    /** The baseline part of day t: b, its weekday's offset and the memory of views before the series. */
    double baselineOf(CampaignInput in, int t) {
        return baseline + weekdayOffsets[in.weekday()[t]] + history * kernel.beyond(t);
    }

    /** The views the paid stimulus bought directly on day t. */
    double drive(CampaignInput in, int t) {
        return in.paidViewsObserved() ? in.paidViews()[t] : sensitivity * in.stimulus()[t];
    }
}
