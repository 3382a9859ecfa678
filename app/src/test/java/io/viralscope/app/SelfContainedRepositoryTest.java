package io.viralscope.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository explains itself: no source or doc file cites a document that is not in it, and every pointer
 * into {@code docs/architecture.md} names one of its headings.
 */
class SelfContainedRepositoryTest {

    private final Path root = RepositoryText.root();

    @Test
    void noSourceOrDocFileCitesADocumentOutsideTheRepository() {
        assertThat(RepositoryText.files(root)).as("files scanned").hasSizeGreaterThan(100);

        assertThat(RepositoryText.linesMatching(root, RepositoryText.OUTSIDE_CITATION, Set.of()))
                .as("lines citing a document outside the repository; point into docs/architecture.md instead")
                .isEmpty();
    }

    @Test
    void everyPointerIntoTheArchitectureNotesNamesOneOfItsHeadings() throws IOException {
        Set<String> anchors = RepositoryText.anchors(Files.readString(root.resolve("docs/architecture.md")));
        List<String> pointers = RepositoryText.architecturePointers(root);

        assertThat(pointers).as("pointers into docs/architecture.md").hasSizeGreaterThan(30);
        assertThat(pointers).as("pointers to a heading docs/architecture.md does not have")
                .filteredOn(p -> !anchors.contains(p.substring(p.lastIndexOf(' ') + 1)))
                .isEmpty();
    }

    @Test
    void theReadmeLinksTheArchitectureNotes() throws IOException {
        assertThat(Files.readString(root.resolve("README.md"))).contains("](docs/architecture.md)");
    }

    @Test
    void theScanFindsOutsideCitationsInSourcesAndDocsButNotInBuildOutputOrData(@TempDir Path dir)
            throws IOException {
        // the cited names are split so that this file does not cite them itself
        write(dir.resolve("app/src/main/java/A.java"), "/** Exit codes of DESIGN" + " §4. */\nclass A {}\n");
        write(dir.resolve("docs/guide.md"), "# Guide\n\nSee DESIGN" + ".md for the schema.\n");
        write(dir.resolve("app/src/main/resources/V9__x.sql"), "-- fixtures in .." + "/shared/fixtures\n");
        write(dir.resolve("app/target/classes/B.java"), "// DESIGN" + " §7\n");
        write(dir.resolve("data/sample.csv"), "DESIGN" + " §5\n");
        write(dir.resolve("docs/clean.md"), "The design of the report is in docs/architecture.md.\n");

        assertThat(RepositoryText.linesMatching(dir, RepositoryText.OUTSIDE_CITATION, Set.of())).containsExactly(
                "app/src/main/java/A.java:1: /** Exit codes of DESIGN" + " §4. */",
                "app/src/main/resources/V9__x.sql:1: -- fixtures in .." + "/shared/fixtures",
                "docs/guide.md:3: See DESIGN" + ".md for the schema.");
    }

    @Test
    void pointersAreReadFromCodeAndFromTheNotesOwnLinks(@TempDir Path dir) throws IOException {
        write(dir.resolve("docs/architecture.md"), "# Notes\n\nSee [exit codes](#exit-codes).\n\n## Exit codes\n");
        write(dir.resolve("app/Main.java"), "// the codes of docs/architecture.md#exit-codes and #nothing\n");
        write(dir.resolve("docs/guide.md"), "[why](architecture.md" + "#no-such-heading)\n");

        assertThat(RepositoryText.architecturePointers(dir)).containsExactly(
                "app/Main.java:1: exit-codes",
                "docs/architecture.md:3: exit-codes",
                "docs/guide.md:1: no-such-heading");
    }

    @Test
    void anchorsAreGitHubHeadingSlugsOutsideCodeFences() {
        String notes = "# Architecture notes\n## Errors and backoff\n### Plugin-API `@Stability` (1.1.0)\n"
                + "```\n# not a heading\n```\n";

        assertThat(RepositoryText.anchors(notes))
                .containsExactly("architecture-notes", "errors-and-backoff", "plugin-api-stability-110");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
