package io.viralscope.app.cli;

import io.viralscope.app.analytics.AnalyticsFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Debugging traces ({@code VIRALSCOPE_DEBUG=1}) never show an OAuth token or client secret either. */
class OAuthRedactionTest {

    @Test
    void accessTokensRefreshTokensAndClientSecretsAreRedacted() {
        String trace = "com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request\nPOST"
                + " https://oauth2.googleapis.com/token\ngrant_type=refresh_token&refresh_token="
                + AnalyticsFixtures.REFRESH_TOKEN + "&client_secret=" + AnalyticsFixtures.CLIENT_SECRET
                + "\nAuthorization: Bearer " + AnalyticsFixtures.ACCESS_TOKEN + "\n";

        String shown = Main.redactKeys(trace);

        assertThat(shown).doesNotContain(AnalyticsFixtures.REFRESH_TOKEN, AnalyticsFixtures.CLIENT_SECRET,
                AnalyticsFixtures.ACCESS_TOKEN)
                .contains("refresh_token=[redacted]&client_secret=[redacted]", "Bearer [redacted]",
                        "https://oauth2.googleapis.com/token");
    }
}
