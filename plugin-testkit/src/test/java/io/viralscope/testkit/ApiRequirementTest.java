package io.viralscope.testkit;

import io.viralscope.testkit.enumfixture.UsesDailyViewsPart;
import io.viralscope.testkit.fixture.UsesUsableDay;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ApiRequirementTest {

    private static final Path FIXTURE = ApiRequirement.classesRoot(UsesUsableDay.class)
            .resolve("io/viralscope/testkit/fixture");

    @Test
    void findsEachApiMemberThePluginCallsWithTheVersionThatAddedIt() {
        assertThat(ApiRequirement.uses(FIXTURE)).contains(
                new ApiRequirement.Use("DailyGrid.usableDay(int)", "1.1.0"),
                new ApiRequirement.Use("VideoSeries.daily()", "1.0.0"),
                new ApiRequirement.Use("DailyGrid", "1.0.0"));
        assertThat(ApiRequirement.uses(FIXTURE).get(0).since()).isEqualTo("1.1.0");
    }

    @Test
    void aPluginRequiringAnOlderApiThanItCallsIsToldWhatToDeclare() {
        assertThat(ApiRequirement.problem("sample", ">=1.0.0 & <2.0.0", FIXTURE)).contains(
                "Plugin sample declares plugin.requires '>=1.0.0 & <2.0.0' but calls API 1.1.0:"
                        + " DailyGrid.usableDay(int) (since 1.1.0). Raise the lower bound to >=1.1.0.");
        assertThat(ApiRequirement.problem("sample", ">=1.1.0 & <2.0.0", FIXTURE)).isEmpty();
    }

    @Test
    void anEnumConstantCountsFromTheVersionThatAddedIt() {
        Path fixture = ApiRequirement.classesRoot(UsesDailyViewsPart.class)
                .resolve("io/viralscope/testkit/enumfixture");
        assertThat(ApiRequirement.uses(fixture)).contains(
                new ApiRequirement.Use("CurveQuantity.DAILY_VIEWS_PART", "1.6.0"),
                new ApiRequirement.Use("CurveQuantity", "1.0.0"));
        assertThat(ApiRequirement.problem("sample", ">=1.5.0 & <2.0.0", fixture)).contains(
                "Plugin sample declares plugin.requires '>=1.5.0 & <2.0.0' but calls API 1.6.0:"
                        + " CurveQuantity.DAILY_VIEWS_PART (since 1.6.0). Raise the lower bound to >=1.6.0.");
    }

    @Test
    void theLowerBoundIsReadFromThePf4jExpression() {
        assertThat(ApiRequirement.lowerBound(">=1.2.0 & <2.0.0")).isEqualTo("1.2.0");
        assertThat(ApiRequirement.lowerBound("*")).isEqualTo("0.0.0");
        assertThat(ApiRequirement.compare("1.10.0", "1.9.0")).isPositive();
    }
}
