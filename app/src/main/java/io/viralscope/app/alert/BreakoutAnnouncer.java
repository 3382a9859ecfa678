package io.viralscope.app.alert;

import io.viralscope.app.TerminalText;
import io.viralscope.app.config.Settings;
import io.viralscope.app.youtube.Sleeper;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Prints each breakout and posts it to the configured webhook, if any (only breakouts in fresh data); shared by
 * {@code report}, {@code demo} and {@code watch}.
 */
public final class BreakoutAnnouncer {

    // a title fits one terminal line; reasons are a few sentences from detectors
    private static final int TITLE_WIDTH = 80;
    private static final int REASONS_WIDTH = 400;

    private final PrintStream err;
    private final WebhookNotifier webhook;

    /** An announcer printing to {@code err} and posting per {@code alerts}, waiting between retries with {@code sleeper}. */
    public BreakoutAnnouncer(Settings.Alerts alerts, PrintStream err, Sleeper sleeper) {
        this(err, alerts.webhookUrl() == null ? null
                : new WebhookNotifier(alerts.webhookUrl(), alerts.retries(), Duration.ofSeconds(1), sleeper, err));
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
            err.println("Breakout: " + b.videoId() + " \"" + TerminalText.printable(b.title(), TITLE_WIDTH) + "\""
                    + age + " — " + TerminalText.printable(String.join(" ", b.reasons()), REASONS_WIDTH));
            if (webhook != null && fresh) {
                webhook.post(b);
            }
        }
    }
}
