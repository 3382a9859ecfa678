package io.viralscope.app.cli;

import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.QuotaLedger;
import io.viralscope.app.youtube.QuotaText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code viralscope quota}: today's use of the daily budget and when it resets. No request is sent. */
@Command(name = "quota", description = {
        "Show today's YouTube quota use and when it resets.",
        "Counts the requests of every run sharing this store against youtube.daily-quota; the quota day ends at"
                + " midnight Pacific time. Sends no request."})
final class QuotaCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    private final CliContext ctx;

    QuotaCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        int budget = root.settings().youtube().dailyQuota();
        try (Store store = root.openExistingStore()) {
            QuotaLedger ledger = new QuotaLedger(store, ctx.clock(), budget);
            ctx.out().println(QuotaText.report(ledger.usage(), ctx.clock().instant()));
            return 0;
        }
    }
}
