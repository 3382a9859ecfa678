package io.viralscope.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.List;

/** The refusal of a command of subcommands ({@code track}, {@code campaign}, ...) given none: names them all. */
final class MissingSubcommand {

    private MissingSubcommand() {
    }

    /** "Missing subcommand: name one of add, list, remove (viralscope track --help explains them)." */
    static ParameterException of(CommandSpec spec) {
        List<String> names = List.copyOf(spec.subcommands().keySet());
        String which = names.size() == 1 ? names.get(0) + " (" + spec.qualifiedName() + " --help explains it)"
                : "one of " + String.join(", ", names) + " (" + spec.qualifiedName() + " --help explains them)";
        return new ParameterException(spec.commandLine(), "Missing subcommand: name " + which + ".");
    }
}
