package io.viralscope.api;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedEventTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @Test
    void namesItsVideosInOrder() {
        SharedEvent e = new SharedEvent(DAY, "jump", List.of(new SharedEvent.Participant("a", 3.1),
                new SharedEvent.Participant("b", 2.4)), "Two videos jumped together.");
        assertThat(e.videoIds()).containsExactly("a", "b");
    }

    @Test
    void oneVideoIsNotShared() {
        assertThatThrownBy(() -> new SharedEvent(DAY, "jump", List.of(new SharedEvent.Participant("a", 3.1)), "x."))
                .hasMessage("a shared event on 2026-03-14 needs at least two videos but has 1");
    }

    @Test
    void aVideoCountsOnce() {
        assertThatThrownBy(() -> new SharedEvent(DAY, "jump", List.of(new SharedEvent.Participant("a", 3.1),
                new SharedEvent.Participant("a", 2.0)), "x.")).hasMessage("a shared event on 2026-03-14 names video a twice");
    }

    @Test
    void kindIsKebabCaseAndSummaryRequired() {
        List<SharedEvent.Participant> two = List.of(new SharedEvent.Participant("a", 3.1),
                new SharedEvent.Participant("b", 2.0));
        assertThatThrownBy(() -> new SharedEvent(DAY, "Big Jump", two, "x."))
                .hasMessage("shared event kind 'Big Jump' must be kebab-case");
        assertThatThrownBy(() -> new SharedEvent(DAY, "jump", two, " "))
                .hasMessage("a shared event on 2026-03-14 needs a summary sentence");
    }

    @Test
    void sizesAreFiniteAndPositive() {
        assertThatThrownBy(() -> new SharedEvent.Participant("a", Double.NaN))
                .hasMessage("size of video a's part must be a finite number but was NaN");
        assertThatThrownBy(() -> new SharedEvent.Participant("a", 0))
                .hasMessage("size of video a's part must be above 0 but was 0.0");
    }
}
