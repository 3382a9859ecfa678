package io.viralscope.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Bass diffusion curve {@code N(t) = m·F(t)}, {@code F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t})}
 * (Bass, "A new product growth for model consumer durables", Management Science 15, 1969), with launch at the
 * first sample. Innovation {@code p} is external influence (paid or owned media), imitation {@code q} is word of
 * mouth. Daily views peak at {@code t* = ln(q/p)/(p+q)} when {@code q > p}, otherwise at launch.
 *
 * @param market     m, the views the curve tends to
 * @param innovation p, per day
 * @param imitation  q, per day
 */
record BassCurve(double market, double innovation, double imitation) implements CumulativeCurve {

    /** Time of the daily-views peak, in days; 0 when {@code q <= p}. */
    double peakTime() {
        return imitation > innovation ? Math.log(imitation / innovation) / (innovation + imitation) : 0;
    }

    /** Daily views at time t: {@code m·f(t)}, the derivative of {@code m·F}. */
    double rate(double t) {
        double s = innovation + imitation;
        double e = Math.exp(-s * t);
        double d = 1 + imitation / innovation * e;
        return market * s * s / innovation * e / (d * d);
    }

    @Override
    public double cumulative(double t) {
        double e = Math.exp(-(innovation + imitation) * t);
        return market * (1 - e) / (1 + imitation / innovation * e);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("market_views", market);
        p.put("bass_p", innovation);
        p.put("bass_q", imitation);
        p.put("q_over_p", imitation / innovation);
        p.put("peak_time_days", peakTime());
        return p;
    }
}
