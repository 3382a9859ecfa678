package io.viralscope.plugins.shared;

import io.viralscope.api.CohortDetector;
import io.viralscope.testkit.CohortDetectorContract;

class SharedEventsContractTest implements CohortDetectorContract {

    @Override
    public CohortDetector detector() {
        return new SharedEventsDetector();
    }
}
