package io.viralscope.app.plugins;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Compiles detector sources at test time and packs them as a PF4J plugin jar, to test what the host does with it. */
public final class PluginJarBuilder {

    private final String pluginId;
    private String requires = ">=1.0.0 & <2.0.0";
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private final List<String> leaveOut = new ArrayList<>();

    public PluginJarBuilder(String pluginId) {
        this.pluginId = pluginId;
    }

    public PluginJarBuilder requires(String range) {
        this.requires = range;
        return this;
    }

    /** A class; {@code extension} marks it as a Detector extension in META-INF/extensions.idx. */
    public PluginJarBuilder source(String className, String code, boolean extension) {
        sources.put(className, code);
        if (extension) {
            extensions.add(className);
        }
        return this;
    }

    /** Compiles the class but leaves it out of the jar, as a forgotten dependency would be. */
    public PluginJarBuilder leaveOut(String className) {
        leaveOut.add(className);
        return this;
    }

    /** A source of a detector with the given id whose detect() returns an ok detection. */
    public static String detector(String pkg, String cls, String id, String extraMembers) {
        return "package " + pkg + ";\n"
                + "import io.viralscope.api.*;\n"
                + "public class " + cls + " implements Detector {\n" + extraMembers + "\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public String version() { return \"1.0.0\"; }\n"
                + "  public String description() { return \"Test detector.\"; }\n"
                + "  public Detection detect(VideoSeries s, DetectorContext c) {\n"
                + "    return Detection.ok(this).summary(\"Fine.\").metric(\"samples\", s.size()).build(); }\n"
                + "}\n";
    }

    public Path writeTo(Path dir, String jarName) throws IOException {
        Path src = Files.createTempDirectory(dir.getParent(), "src");
        Path classes = Files.createTempDirectory(dir.getParent(), "classes");
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            files.add(f.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path")));
        args.addAll(files);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        if (javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("test plugin did not compile:\n" + diagnostics);
        }
        Path jar = dir.resolve(jarName);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "plugin.properties", "plugin.id=" + pluginId + "\nplugin.version=1.0.0\nplugin.requires="
                    + requires + "\nplugin.description=test plugin\n");
            put(zip, "META-INF/extensions.idx", String.join("\n", extensions) + "\n");
            try (Stream<Path> all = Files.walk(classes)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    String name = classes.relativize(p).toString().replace('\\', '/');
                    String cls = name.replace('/', '.').replaceAll("\\.class$", "");
                    if (!leaveOut.contains(cls)) {
                        zip.putNextEntry(new ZipEntry(name));
                        zip.write(Files.readAllBytes(p));
                        zip.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
