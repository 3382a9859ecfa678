package io.viralscope.app.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} for every subcommand, mixed in (the root command has it with {@code -V}). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
