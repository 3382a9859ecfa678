package io.viralscope.app.cli;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the process to the JVM's quick compiler from now on (see {@link CompilerChoice}). A jar cannot set its
 * JVM's flags ({@code -XX:TieredStopAtLevel=1}), but HotSpot takes compiler directives at run time through its
 * {@code DiagnosticCommand} MBean (what {@code jcmd PID Compiler.directives_add} uses): one that excludes every
 * method from the optimising compiler makes HotSpot compile hot methods with the quick compiler, without
 * profiling, instead. Only the composition root hands out {@link #HOTSPOT}: the directive is the whole process's.
 */
interface QuickCompiler {

    /** Keeps to the quick compiler from now on; true when the JVM took the directive. */
    boolean keepTo();

    /** Undoes {@link #keepTo} for what is compiled from now on. */
    void letGo();

    /** Leaves the compilers as they are: for a process that is not the user's own (a test's). */
    QuickCompiler UNCHANGED = new QuickCompiler() {
        @Override
        public boolean keepTo() {
            return false;
        }

        @Override
        public void letGo() {
        }
    };

    /** The running HotSpot JVM; on another JVM, or one without the management module, nothing changes. */
    QuickCompiler HOTSPOT = new QuickCompiler() {
        @Override
        public boolean keepTo() {
            return addDirective();
        }

        @Override
        public void letGo() {
            try {
                // pops the directive keepTo pushed: the only one this process adds
                diagnosticCommand("compilerDirectivesRemove", null);
            } catch (Exception | LinkageError e) {
                // as in keepTo: nothing to undo on a JVM that took nothing
            }
        }
    };

    /** Every method: the optimising compiler compiles none of them. */
    String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]";

    /** The HotSpot MBean that runs jcmd's commands. */
    String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

    private static boolean addDirective() {
        Path file = null;
        try {
            // the command reads a file: written, read at once, removed
            file = Files.createTempFile("viralscope-compiler-", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            return diagnosticCommand("compilerDirectivesAdd", new String[] {file.toString()})
                    .contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            // another JVM, or a management module left out of a custom runtime: the usual compilers stay
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    // a few bytes in the temporary folder
                }
            }
        }
    }

    /** What the jcmd command {@code operation} (by its MBean name) printed, given {@code arguments}. */
    private static String diagnosticCommand(String operation, String[] arguments) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND),
                operation, new Object[] {arguments}, new String[] {String[].class.getName()}));
    }
}
