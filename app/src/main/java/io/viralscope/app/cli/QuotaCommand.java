package io.viralscope.app.cli;

import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.QuotaLedger;
import io.viralscope.app.youtube.QuotaText;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code viralscope quota}: today's use of the daily budget and when it resets. No request is sent. */
@Command(name = "quota", description = "Show today's YouTube quota use (by every run sharing this store), the"
        + " daily budget, and when the quota resets (midnight Pacific time).")
final class QuotaCommand implements Callable<Integer> {

    @ParentCommand
    ViralscopeCommand root;

    private final CliContext ctx;

    QuotaCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        int budget = root.settings().youtube().dailyQuota();
        try (Store store = root.openStore()) {
            QuotaLedger ledger = new QuotaLedger(store, ctx.clock(), budget);
            ctx.out().println(QuotaText.report(ledger.usage(), ctx.clock().instant()));
            return 0;
        }
    }
}
