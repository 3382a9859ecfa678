package com.example.velocity;

import io.viralscope.api.Detector;
import io.viralscope.testkit.DetectorContract;

/** Empty series, one sample, 10^12 views, gaps, noise, determinism, parallel calls: the whole contract. */
class VelocityDetectorContractTest implements DetectorContract {
    @Override
    public Detector detector() {
        return new VelocityDetector();
    }
}
