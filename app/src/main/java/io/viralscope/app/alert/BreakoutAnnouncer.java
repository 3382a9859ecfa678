package io.viralscope.app.alert;

import io.viralscope.app.config.Settings;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prints each breakout and posts it to the configured webhook, if any (only breakouts in fresh data); shared by
 * {@code report}, {@code demo} and {@code watch}.
 */
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

    /**
     * Announces every breakout: each is printed, with the date its data ends when that is not recent; only those in
     * fresh data ({@link Breakout#freshAt}) are posted, so a report over old data does not page anyone.
     */
    public void announce(List<Breakout> breakouts, Instant now) {
        for (Breakout b : breakouts) {
            boolean fresh = b.freshAt(now);
            String age = fresh ? "" : " (data until " + b.dataUntil().toString().substring(0, 10) + ", "
                    + Duration.between(b.dataUntil(), now).toDays() + " days ago"
                    + (webhook == null ? "" : "; not posted, as it is not news") + ")";
            err.println("Breakout: " + b.videoId() + " \"" + b.title() + "\"" + age + " — "
                    + String.join(" ", b.reasons()));
            if (webhook != null && fresh) {
                webhook.post(b);
            }
        }
    }
}
