package io.viralscope.app.report.html;

import io.viralscope.app.alert.Breakout;
import io.viralscope.app.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BreakoutMarkTest {

    @Test
    void aBreakoutIsMarkedOnItsVideoWithEscapedReasons() {
        Report plain = SampleReports.demo();
        String id = plain.videos().get(0).series().videoId();
        Report flagged = new Report(plain.generatedAt(), plain.detectors(), plain.videos(), plain.stats(),
                plain.problems(), List.of(new Breakout(id, "t", plain.generatedAt(), plain.generatedAt(),
                List.of("mechanism: the dynamics are <b>endogenous-critical</b>."))));
        assertThat(HtmlReportWriterTest.html(plain)).doesNotContain("Breakout: the dynamics had turned critical by the last sample");
        String html = HtmlReportWriterTest.html(flagged);
        assertThat(html).contains("Breakout: the dynamics had turned critical by the last sample")
                .contains("mechanism: the dynamics are &lt;b&gt;endogenous-critical&lt;/b&gt;.");
    }
}
