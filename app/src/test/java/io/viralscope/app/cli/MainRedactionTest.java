package io.viralscope.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainRedactionTest {

    @Test
    void debugTracesNeverShowAnApiKey() {
        String trace = "java.io.IOException: GET https://www.googleapis.com/youtube/v3/videos?part=snippet"
                + "&key=AIzaSyA1234567890abcdefghijklmnopqrstu&id=x failed\n at somewhere(key=plain-secret)";
        String shown = Main.redactKeys(trace);
        assertThat(shown).doesNotContain("AIzaSyA1234567890abcdefghijklmnopqrstu")
                .contains("&key=[redacted]&id=x").contains("(key=plain-secret)");
        assertThat(Main.redactKeys("key AIzaSyA1234567890abcdefghijklmnopqrstu here"))
                .isEqualTo("key [redacted] here");
    }
}
