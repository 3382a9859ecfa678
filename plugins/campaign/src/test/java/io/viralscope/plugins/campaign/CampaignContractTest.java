package io.viralscope.plugins.campaign;

import io.viralscope.api.Detector;
import io.viralscope.testkit.DetectorContract;

/** The detector keeps the plugin contract on the test kit's edge and simulated series. */
class CampaignContractTest implements DetectorContract {

    @Override
    public Detector detector() {
        return new CampaignDetector();
    }
}
