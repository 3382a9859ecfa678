package io.viralscope.plugins.engagement;

import io.viralscope.api.Detector;
import io.viralscope.testkit.DetectorContract;

/** The contract every detector keeps: edge series, determinism, parallel calls, unknown stays unknown. */
class EngagementDetectorContractTest implements DetectorContract {
    @Override
    public Detector detector() {
        return new EngagementDetector();
    }
}
