package io.viralscope.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One clock: only the composition root ({@code CompositionRoot.systemContext()}) reads the system clock or sleeps for
 * real; everything else is given the {@code Clock} and a {@code Sleeper}, so tests control time and no result depends on
 * the day a test runs. Checked over the production classes of every module: host, plugin API, simulator, test kit
 * and the built-in plugins; the benchmark harnesses too once they are compiled (the reactor builds them after this
 * module, so a fresh {@code mvn install} checks them only in {@code .ci/run}'s second, future-dated run). A harness
 * takes its clock and sleeper from {@code CompositionRoot.systemContext()}, like the application.
 */
class OneClockTest {

    private static final String COMPOSITION_ROOT = "io.viralscope.app.cli.CompositionRoot";

    @Test
    void onlyTheCompositionRootReadsTheSystemClockOrSleeps() {
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
                .should().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "system", java.time.ZoneId.class)
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(Date.class)
                .orShould().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", java.time.Duration.class)
                .because("only the composition root may read the system clock or sleep; pass the Clock and a"
                        + " Sleeper (docs/architecture.md)");
        rule.check(productionClasses());
    }

    @Test
    void theRuleCatchesAClassThatReadsTheClock() {
        ArchRule rule = noClasses().should().callMethod(java.time.Instant.class, "now");
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheClock.class);
        assertThat(rule.evaluate(offender).hasViolation()).isTrue();
    }

    /** Every module's compiled production classes, found beside this module in the reactor. */
    private static JavaClasses productionClasses() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> dirs = new ArrayList<>(List.of(Path.of("target/classes").toAbsolutePath(),
                root.resolve("plugin-api/target/classes"), root.resolve("simulator/target/classes"),
                root.resolve("plugin-testkit/target/classes")));
        try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
            plugins.map(p -> p.resolve("target/classes")).filter(Files::isDirectory).forEach(dirs::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(dirs).allSatisfy(d -> assertThat(d).isDirectory());
        assertThat(dirs).hasSizeGreaterThanOrEqualTo(9);
        Path bench = root.resolve("bench/target/classes");
        if (Files.isDirectory(bench)) {
            dirs.add(bench);
        }
        return new ClassFileImporter().importPaths(dirs);
    }

    private static final class ReadsTheClock {
        @SuppressWarnings("unused")
        long now() {
            return java.time.Instant.now().toEpochMilli();
        }
    }
}
