package io.viralscope.app.alert;

import io.viralscope.app.config.Settings;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Prints each breakout and posts it to the configured webhook, if any; shared by {@code report} and {@code watch}. */
public final class BreakoutAnnouncer {

    private final PrintStream err;
    private final WebhookNotifier webhook;

    /** An announcer printing to {@code err} and posting per {@code alerts}. */
    public BreakoutAnnouncer(Settings.Alerts alerts, PrintStream err) {
        this(err, alerts.webhookUrl() == null ? null
                : new WebhookNotifier(alerts.webhookUrl(), alerts.retries(), Duration.ofSeconds(1), err));
    }

    /** An announcer that only prints, to {@code out}: for the demo, which promises no network. */
    public static BreakoutAnnouncer printingOnly(PrintStream out) {
        return new BreakoutAnnouncer(out, null);
    }

    BreakoutAnnouncer(PrintStream err, WebhookNotifier webhook) {
        this.err = err;
        this.webhook = webhook;
    }

    /** Announces every breakout. */
    public void announce(List<Breakout> breakouts) {
        for (Breakout b : breakouts) {
            err.println("Breakout: " + b.videoId() + " \"" + b.title() + "\" — " + String.join(" ", b.reasons()));
            if (webhook != null) {
                webhook.post(b);
            }
        }
    }
}
