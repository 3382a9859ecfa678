package io.viralscope.plugins.mechanism;

import io.viralscope.api.Detector;
import io.viralscope.testkit.DetectorContract;

/** The detector keeps the plugin contract on the test kit's edge and simulated series. */
class MechanismContractTest implements DetectorContract {

    @Override
    public Detector detector() {
        return new MechanismDetector();
    }
}
