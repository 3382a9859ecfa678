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
     * Breakouts in data that is not recent printed one a line; past this many, one line counts the rest. A report over
     * an archive of thousands of old series can find hundreds, and its file lists every one.
     */
    static final int OLD_SHOWN = 10;

    /**
     * Announces every breakout: each in fresh data ({@link Breakout#freshAt}) is printed and posted; the first
     * {@value #OLD_SHOWN} in data that is not recent are printed with the date their data ends, and the rest counted
     * in one line, so a report over old data neither pages anyone nor floods the terminal.
     */
    public void announce(List<Breakout> breakouts, Instant now) {
        int old = 0;
        for (Breakout b : breakouts) {
            boolean fresh = b.freshAt(now);
            if (!fresh && ++old > OLD_SHOWN) {
                continue;
            }
            String age = fresh ? "" : " (data until " + b.dataUntil().toString().substring(0, 10) + ", "
                    + Duration.between(b.dataUntil(), now).toDays() + " days ago"
                    + (webhook == null ? "" : "; not posted, as it is not news") + ")";
            err.println("Breakout: " + b.videoId() + " \"" + TerminalText.printable(b.title(), TITLE_WIDTH) + "\""
                    + age + " — " + TerminalText.printable(String.join(" ", b.reasons()), REASONS_WIDTH));
            if (webhook != null && fresh) {
                webhook.post(b);
            }
        }
        if (old > OLD_SHOWN) {
            int more = old - OLD_SHOWN;
            err.println("… and " + more + " more breakout" + (more == 1 ? "" : "s") + " in data that is not recent;"
                    + " the report marks every one.");
        }
    }
}
