package io.viralscope.plugins.inflection;

import io.viralscope.api.Detector;
import io.viralscope.testkit.DetectorContract;

/** The contract every detector keeps: edge series, determinism, parallel calls, events inside the window. */
class InflectionDetectorContractTest implements DetectorContract {
    @Override
    public Detector detector() {
        return new InflectionDetector();
    }
}
