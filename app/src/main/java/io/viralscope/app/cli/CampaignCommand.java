package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.TerminalText;
import io.viralscope.app.UserError;
import io.viralscope.app.campaign.CampaignFile;
import io.viralscope.app.campaign.CurrencyCode;
import io.viralscope.app.campaign.Flight;
import io.viralscope.app.campaign.FlightDay;
import io.viralscope.app.store.CampaignStore;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.VideoIdParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code viralscope campaign add | import | list | remove}: the paid flights the campaign detector reads. */
@Command(name = "campaign", description = "Declare paid media: which videos a campaign promoted, on which days, with"
        + " what spend, impressions or paid views.",
        subcommands = {CampaignCommand.Add.class, CampaignCommand.Import.class, CampaignCommand.ListFlights.class,
                CampaignCommand.Remove.class},
        synopsisSubcommandLabel = "(add | import | list | remove)")
final class CampaignCommand implements Runnable {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw MissingSubcommand.of(spec);
    }

    /** {@code campaign add NAME --video ID|URL... --from DATE --to DATE [--spend AMOUNT --currency CODE]}. */
    @Command(name = "add", description = "Add a flight: the campaign ran on these videos from one day to another"
            + " (UTC days, both included). A total spend is spread evenly over the videos and days.")
    static final class Add implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        CampaignCommand campaign;

        @Parameters(paramLabel = "NAME", description = "The campaign's name.")
        String name;

        @Option(names = "--video", paramLabel = "ID|URL", required = true, arity = "1..*",
                description = "The videos it promoted, by id or link.")
        List<String> videos = new ArrayList<>();

        @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day, YYYY-MM-DD.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day, YYYY-MM-DD.")
        String to;

        @Option(names = "--spend", paramLabel = "AMOUNT", description = "Total spend of the flight.")
        Double spend;

        @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 code of the spend, such as EUR.")
        String currency;

        private final CliContext ctx;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            String campaignName = name.trim();
            if (campaignName.isEmpty()) {
                throw UserError.badInput("The campaign name is empty; name it, such as spring-launch.");
            }
            LocalDate first = date("--from", from);
            LocalDate last = date("--to", to);
            if (first.isAfter(last)) {
                throw UserError.badInput("--from " + first + " is after --to " + last + "; the flight's first day"
                        + " comes first.");
            }
            if (spend != null && !(spend >= 0)) {
                throw UserError.badInput("--spend " + TerminalText.printable(String.valueOf(spend), 40)
                        + " is negative; give the flight's total spend, 0 or more.");
            }
            String code = CurrencyCode.checked(currency, "--currency ");
            if (spend != null && code == null) {
                throw UserError.badInput("--spend needs --currency CODE (ISO 4217, such as EUR), so reports can say"
                        + " what an earned view cost.");
            }
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            videos.forEach(v -> ids.add(VideoIdParser.parse(v)));
            int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
            Double perDay = spend == null ? null : spend / days / ids.size();
            List<FlightDay> flight = new ArrayList<>();
            for (String id : ids) {
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    flight.add(new FlightDay(campaignName, id, d, perDay, null, null));
                }
            }
            try (Store store = campaign.root.openExistingStore()) {
                new CampaignStore(store, ctx.clock()).add(campaignName, code, flight);
            }
            ctx.out().println("Campaign '" + TerminalText.printable(campaignName, 80) + "': a flight of "
                    + Counted.of(days, "day") + " (" + first + " to " + last + ") on " + Counted.of(ids.size(), "video")
                    + (spend == null ? "" : String.format(Locale.ROOT, ", %,.2f %s spread evenly over them", spend,
                    code)) + ".");
            return 0;
        }

        private static LocalDate date(String option, String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw UserError.badInput(option + " '" + TerminalText.printable(text, 40) + "' is not a date such as"
                        + " 2026-03-03.");
            }
        }
    }

    /** {@code campaign import FILE.csv}. */
    @Command(name = "import", description = "Import flights day by day from a CSV file: columns campaign,video_id,day"
            + " and one of spend, impressions, paid_views (and optionally currency). All or nothing.")
    static final class Import implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        CampaignCommand campaign;

        @Parameters(paramLabel = "FILE", description = "The campaign CSV file.")
        Path file;

        private final CliContext ctx;

        Import(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            CampaignFile read = CampaignFile.read(file);
            try (Store store = campaign.root.openExistingStore()) {
                new CampaignStore(store, ctx.clock()).addAll(read.currencies(), read.days());
            }
            long campaigns = read.days().stream().map(FlightDay::campaign).distinct().count();
            ctx.out().println("Imported " + Counted.of(read.days().size(), "flight day") + " of "
                    + Counted.of((int) campaigns, "campaign") + " from " + file + ".");
            return 0;
        }
    }

    /** {@code campaign list}. */
    @Command(name = "list", description = "List each campaign's flight on each video: days and totals.")
    static final class ListFlights implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        CampaignCommand campaign;

        private final CliContext ctx;

        ListFlights(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Store store = campaign.root.openExistingStore()) {
                List<Flight> flights = new CampaignStore(store, ctx.clock()).flights();
                if (flights.isEmpty()) {
                    ctx.out().println("No campaign yet; add one with 'viralscope campaign add NAME --video ID --from"
                            + " DATE --to DATE'.");
                    return 0;
                }
                ctx.out().printf("%-24s  %-11s  %-10s  %-10s  %4s  %s%n", "CAMPAIGN", "VIDEO", "FROM", "TO", "DAYS",
                        "FIGURES");
                for (Flight f : flights) {
                    ctx.out().printf("%-24s  %-11s  %-10s  %-10s  %4d  %s%n", TerminalText.printable(f.campaign(), 24),
                            f.videoId(), f.first(), f.last(), f.days(), figures(f));
                }
                return 0;
            }
        }

        private static String figures(Flight f) {
            List<String> parts = new ArrayList<>();
            if (f.spend() != null) {
                parts.add(String.format(Locale.ROOT, "spend %,.2f%s", f.spend(),
                        f.currency() == null ? "" : " " + f.currency()));
            }
            if (f.impressions() != null) {
                parts.add(String.format(Locale.ROOT, "%,.0f impressions", f.impressions()));
            }
            if (f.paidViews() != null) {
                parts.add(String.format(Locale.ROOT, "%,.0f paid views", f.paidViews()));
            }
            return parts.isEmpty() ? "days only" : String.join(", ", parts);
        }
    }

    /** {@code campaign remove NAME}. */
    @Command(name = "remove", description = "Remove a campaign and all its flights.")
    static final class Remove implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @ParentCommand
        CampaignCommand campaign;

        @Parameters(paramLabel = "NAME", description = "The campaign's name.")
        String name;

        private final CliContext ctx;

        Remove(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Store store = campaign.root.openExistingStore()) {
                if (!new CampaignStore(store, ctx.clock()).remove(name)) {
                    throw UserError.badInput("There is no campaign '" + TerminalText.printable(name, 80)
                            + "'; 'viralscope campaign list' shows them.");
                }
            }
            ctx.out().println("Removed campaign '" + TerminalText.printable(name, 80) + "' and its flights.");
            return 0;
        }
    }
}
