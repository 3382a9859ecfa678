package io.viralscope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the repository's own source and documentation files: where they cite a document that is not in the
 * repository, and where they point into {@code docs/architecture.md}.
 */
final class RepositoryText {

    /**
     * A citation of the design note that lived outside the repository, or of its shared folder. Written so that
     * this file does not match itself.
     */
    static final Pattern OUTSIDE_CITATION = Pattern.compile("DESIGN(?:\\.md\\b|\\s*§)|(?:\\.\\.|/work)/shared\\b");

    /** A pointer into the architecture notes, such as {@code docs/architecture.md#exit-codes}. */
    static final Pattern ARCHITECTURE_POINTER = Pattern.compile("architecture\\.md#([A-Za-z0-9_-]+)");

    /** The kinds of files people write: code, build files, configuration, migrations, templates, docs. */
    private static final Set<String> EXTENSIONS = Set.of("java", "md", "xml", "sql", "yaml", "yml", "properties",
            "jte", "sh");

    /** Build output, version control and editor folders: not the repository's own text. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", ".idea", ".vscode",
            "node_modules");

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SAME_FILE_LINK = Pattern.compile("\\]\\(#([A-Za-z0-9_-]+)\\)");

    private RepositoryText() {
    }

    /**
     * The repository's root: the first folder above this test's classes that holds the root {@code pom.xml} and
     * the {@code app} and {@code plugin-api} modules. Found from the class location, so it does not depend on the
     * folder the tests run in.
     */
    static Path root() {
        try {
            Path start = Path.of(RepositoryText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("app/pom.xml"))
                        && Files.isRegularFile(p.resolve("plugin-api/pom.xml"))) {
                    return p;
                }
            }
            throw new IllegalStateException("no repository root above " + start);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The source and documentation files under {@code root}, outside build output and version control. */
    static List<Path> files(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    if (attrs.isRegularFile() && dot > 0
                            && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** Every line under {@code root} matching {@code pattern}, as {@code path:line: text}, except in {@code exempt}. */
    static List<String> linesMatching(Path root, Pattern pattern, Set<String> exempt) {
        List<String> found = new ArrayList<>();
        for (Path file : files(root)) {
            String relative = relative(root, file);
            if (exempt.contains(relative)) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return found;
    }

    /** Every pointer into the architecture notes under {@code root}, as {@code path:line: anchor}. */
    static List<String> architecturePointers(Path root) {
        List<String> found = new ArrayList<>();
        for (Path file : files(root)) {
            List<String> lines = lines(file);
            boolean notes = relative(root, file).equals("docs/architecture.md");
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = ARCHITECTURE_POINTER.matcher(lines.get(i));
                while (m.find()) {
                    found.add(relative(root, file) + ":" + (i + 1) + ": " + m.group(1));
                }
                Matcher own = SAME_FILE_LINK.matcher(lines.get(i));
                while (notes && own.find()) {
                    found.add(relative(root, file) + ":" + (i + 1) + ": " + own.group(1));
                }
            }
        }
        return found;
    }

    /** The anchors GitHub gives the headings of a Markdown text (fenced code left out). */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (!fenced && h.matches()) {
                anchors.add(slug(h.group(1)));
            }
        }
        return anchors;
    }

    /** GitHub's heading slug: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd} _-]", "").replace(' ', '-');
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
