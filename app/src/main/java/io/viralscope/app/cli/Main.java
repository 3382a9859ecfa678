package io.viralscope.app.cli;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.ingest.InvalidRowsException;
import io.viralscope.app.ingest.RowError;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar viralscope.jar}. Maps every outcome to the exit codes (docs/architecture.md#exit-codes) and prints
 * one plain sentence for each failure; stack traces only with {@code VIRALSCOPE_DEBUG=1}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(CompositionRoot.systemContext(), args));
    }

    /** Runs one command line in {@code ctx} and returns the exit code. */
    public static int run(CliContext ctx, String... args) {
        CommandLine cli = commandLine(ctx);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; by now the command's data is unreachable, so printing has room
            if (System.getenv("VIRALSCOPE_DEBUG") != null) {
                ctx.err().print(redactKeys(stackTrace(e)));
            }
            ctx.err().println(OUT_OF_MEMORY);
            return ExitCodes.INTERNAL;
        }
    }

    /** What a person sees when the Java heap is too small for the command. */
    static final String OUT_OF_MEMORY = "Viralscope ran out of memory; give Java more with -Xmx, such as"
            + " java -Xmx4g -jar viralscope.jar followed by the same command.";

    static CommandLine commandLine(CliContext ctx) {
        CommandLine cli = new CommandLine(new ViralscopeCommand(ctx), new ContextFactory(ctx));
        cli.setOut(new java.io.PrintWriter(ctx.out(), true));
        cli.setErr(new java.io.PrintWriter(ctx.err(), true));
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(usageProblem(ex));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr());
            c.getErr().println();
            c.usage(c.getErr());
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> handle(ex, ctx));
        return cli;
    }

    /** picocli's sentence, except an unknown command, which it counts by argument index: say it plainly. */
    private static String usageProblem(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && ex.getCommandLine().getSubcommands().size() > 0
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            return "Unknown command '" + u.getUnmatched().get(0) + "'; the commands are listed below.";
        }
        return ex.getMessage();
    }

    static int handle(Exception ex, CliContext ctx) {
        if (System.getenv("VIRALSCOPE_DEBUG") != null) {
            ctx.err().print(redactKeys(stackTrace(ex)));
        }
        if (ranOutOfMemory(ex)) {
            // a worker thread's OutOfMemoryError reaches here wrapped (an analysis that failed)
            ctx.err().println(OUT_OF_MEMORY);
            return ExitCodes.INTERNAL;
        }
        if (ex instanceof InvalidRowsException rows) {
            for (RowError e : rows.errors()) {
                ctx.err().println(e.describe());
            }
            if (rows.unlisted() > 0) {
                ctx.err().println(InvalidRowsException.unlistedLine(rows.unlisted()));
            }
        }
        if (ex instanceof UserError user) {
            ctx.err().println(user.getMessage());
            return user.exitCode();
        }
        ctx.err().println("Internal error: " + redactKeys(ex.toString()) + ". This is a bug in Viralscope; please report it with the"
                + " command you ran (set VIRALSCOPE_DEBUG=1 to see the details).");
        return ExitCodes.INTERNAL;
    }

    private static boolean ranOutOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Google API keys, {@code key=} query parameters and OAuth secrets, which a library's message could carry. */
    private static final java.util.regex.Pattern API_KEY = java.util.regex.Pattern.compile(
            "AIza[0-9A-Za-z_-]{20,}|(?<=[?&]key=)[^&\\s\"']+"
                    // OAuth access tokens, refresh tokens and client secrets (owner analytics)
                    + "|ya29\\.[0-9A-Za-z_.-]+|1//[0-9A-Za-z_-]+|GOCSPX-[0-9A-Za-z_-]+");

    /** Removes anything that looks like an API key: even a debugging trace must never show it. */
    static String redactKeys(String text) {
        return API_KEY.matcher(text).replaceAll("[redacted]");
    }

    private static String stackTrace(Throwable ex) {
        java.io.StringWriter w = new java.io.StringWriter();
        ex.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    /** Gives commands the context through their constructor. */
    private record ContextFactory(CliContext ctx) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
