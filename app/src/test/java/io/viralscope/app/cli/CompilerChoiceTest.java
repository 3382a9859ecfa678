package io.viralscope.app.cli;

import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class CompilerChoiceTest {

    @Test
    void autoKeepsToTheQuickCompilerUpToItsLimitQuickAlwaysFullNever() {
        assertThat(CompilerChoice.AUTO.quickFor(1)).isTrue();
        assertThat(CompilerChoice.AUTO.quickFor(CompilerChoice.QUICK_UP_TO)).isTrue();
        assertThat(CompilerChoice.AUTO.quickFor(CompilerChoice.QUICK_UP_TO + 1L)).isFalse();
        assertThat(CompilerChoice.QUICK.quickFor(1_000_000)).isTrue();
        assertThat(CompilerChoice.FULL.quickFor(1)).isFalse();
        assertThat(new CompilerChoice.Converter().convert("Quick")).isEqualTo(CompilerChoice.QUICK);
    }

    @Test
    void theJvmTakesTheDirectiveThatKeepsEveryMethodFromTheOptimisingCompiler() throws Exception {
        assertThat(directives()).doesNotContain("Exclude:true");
        try {
            assertThat(QuickCompiler.HOTSPOT.keepTo()).isTrue();
            // the stack as jcmd PID Compiler.directives_print shows it: the match-all pattern, C2 excluded
            String printed = directives();
            assertThat(printed).contains("matching: *.*");
            assertThat(printed.substring(printed.indexOf("c2 directives:"))).contains("Exclude:true");
        } finally {
            // this test JVM runs other tests: the directive comes off again
            QuickCompiler.HOTSPOT.letGo();
        }
        assertThat(directives()).doesNotContain("Exclude:true");
    }

    private static String directives() throws Exception {
        return dcmd("compilerDirectivesPrint");
    }

    private static String dcmd(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(
                QuickCompiler.DIAGNOSTIC_COMMAND), operation, new Object[] {null},
                new String[] {String[].class.getName()}));
    }
}
