package io.viralscope.plugins.growth;

import io.viralscope.api.Detector;
import io.viralscope.testkit.DetectorContract;

/** The test kit's contract: edge cases, noise, determinism, parallel calls, output rules. */
class GrowthCurveContractTest implements DetectorContract {
    @Override
    public Detector detector() {
        return new GrowthCurveDetector();
    }
}
