package io.viralscope.testkit;

import io.viralscope.api.Stability;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which plugin API version a plugin's compiled classes need: every class, constructor, method and field of
 * {@code io.viralscope.api} they refer to, each with the {@link Stability#since()} of the member (or, when the
 * member has none, of its class). A host older than the newest of these loads the plugin and then fails with
 * {@code NoSuchMethodError}, so the plugin's {@code plugin.requires} must start at or above it.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public final class ApiRequirement {

    private static final String API = "io/viralscope/api/";
    private static final Pattern LOWER_BOUND = Pattern.compile(">=?\\s*(\\d+\\.\\d+\\.\\d+)");

    /**
     * One use of the API.
     *
     * @param member the class or member, such as {@code DailyGrid.usableDay(int)}
     * @param since  the API version that added it
     */
    public record Use(String member, String since) {
    }

    private ApiRequirement() {
    }

    /** Every API use in the class files under {@code classesRoot}, newest first, each member once. */
    public static List<Use> uses(Path classesRoot) {
        TreeMap<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classesRoot)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                new ClassReader(Files.readAllBytes(p)).accept(new Collector(found), ClassReader.SKIP_FRAMES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.entrySet().stream().map(e -> new Use(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Use u) -> u.since(), ApiRequirement::compare).reversed()
                        .thenComparing(Use::member))
                .toList();
    }

    /**
     * A sentence saying what is wrong when {@code requires} (a PF4J expression such as {@code >=1.0.0 & <2.0.0})
     * admits an API older than what the classes under {@code classesRoot} call; empty when it covers them.
     */
    public static Optional<String> problem(String pluginId, String requires, Path classesRoot) {
        String lower = lowerBound(requires);
        List<Use> newer = uses(classesRoot).stream().filter(u -> compare(u.since(), lower) > 0).toList();
        if (newer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Plugin " + pluginId + " declares plugin.requires '" + requires + "' but calls API "
                + newer.get(0).since() + ": " + String.join(", ", newer.stream()
                .map(u -> u.member() + " (since " + u.since() + ")").toList())
                + ". Raise the lower bound to >=" + newer.get(0).since() + ".");
    }

    /** The lowest API version {@code requires} admits: {@code 1.1.0} for {@code >=1.1.0 & <2.0.0}. */
    public static String lowerBound(String requires) {
        Matcher m = LOWER_BOUND.matcher(requires == null ? "" : requires);
        return m.find() ? m.group(1) : "0.0.0";
    }

    /** The {@code plugin.requires} of the plugin whose classes start at {@code classesRoot}, if it declares one. */
    public static Optional<String> declaredRequires(Path classesRoot) {
        try {
            Properties p = new Properties();
            if (Files.isDirectory(classesRoot)) {
                Path file = classesRoot.resolve("plugin.properties");
                if (!Files.exists(file)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(in);
                }
                return Optional.ofNullable(p.getProperty("plugin.requires"));
            }
            try (JarFile jar = new JarFile(classesRoot.toFile())) {
                var entry = jar.getEntry("plugin.properties");
                if (entry != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        p.load(in);
                    }
                    return Optional.ofNullable(p.getProperty("plugin.requires"));
                }
                return Optional.ofNullable(jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Plugin-Requires"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the class files of {@code type} start: its output folder or jar. */
    public static Path classesRoot(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares two {@code major.minor.patch} versions numerically. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Collects API references from one class file. */
    private static final class Collector extends ClassVisitor {
        private final TreeMap<String, String> found;

        Collector(TreeMap<String, String> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            type(superName);
            for (String i : interfaces) {
                type(i);
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptor(Type.getType(descriptor));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            descriptor(Type.getMethodType(descriptor));
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                                            boolean isInterface) {
                    method(owner, name, descriptor);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                    field(owner, name);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    descriptor(Type.getObjectType(type));
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof Type t && t.getSort() == Type.OBJECT) {
                        type(t.getInternalName());
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                                   Object... arguments) {
                    // method references such as DailyGrid::usableDay arrive as handles
                    for (Object a : arguments) {
                        if (a instanceof Handle h) {
                            method(h.getOwner(), h.getName(), h.getDesc());
                        }
                    }
                }
            };
        }

        private void descriptor(Type t) {
            if (t.getSort() == Type.METHOD) {
                descriptor(t.getReturnType());
                for (Type a : t.getArgumentTypes()) {
                    descriptor(a);
                }
            } else if (t.getSort() == Type.ARRAY) {
                descriptor(t.getElementType());
            } else if (t.getSort() == Type.OBJECT) {
                type(t.getInternalName());
            }
        }

        private void type(String internalName) {
            if (internalName != null && internalName.startsWith(API)) {
                Class<?> c = load(internalName);
                found.put(c.getName().substring(API.length()).replace('$', '.'), sinceOf(c));
            }
        }

        private void method(String owner, String name, String descriptor) {
            if (!owner.startsWith(API)) {
                return;
            }
            type(owner);
            Class<?> c = load(owner);
            AnnotatedElement member = member(c, name, descriptor);
            String since = member != null && member.isAnnotationPresent(Stability.class)
                    ? member.getAnnotation(Stability.class).since() : sinceOf(c);
            String args = String.join(", ", Stream.of(Type.getArgumentTypes(descriptor))
                    .map(t -> t.getClassName().substring(t.getClassName().lastIndexOf('.') + 1).replace('$', '.'))
                    .toList());
            String simple = c.getName().substring(API.length()).replace('$', '.');
            found.put(simple + ("<init>".equals(name) ? "" : "." + name) + "(" + args + ")", since);
        }

        /** A field such as an enum constant, which may be younger than its type (CurveQuantity.DAILY_VIEWS_PART). */
        private void field(String owner, String name) {
            if (!owner.startsWith(API)) {
                return;
            }
            type(owner);
            Class<?> c = load(owner);
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (java.lang.reflect.Field f : k.getDeclaredFields()) {
                    if (f.getName().equals(name) && f.isAnnotationPresent(Stability.class)) {
                        found.put(c.getName().substring(API.length()).replace('$', '.') + "." + name,
                                f.getAnnotation(Stability.class).since());
                        return;
                    }
                }
            }
        }

        private static AnnotatedElement member(Class<?> c, String name, String descriptor) {
            if ("<init>".equals(name)) {
                for (Constructor<?> k : c.getDeclaredConstructors()) {
                    if (Type.getConstructorDescriptor(k).equals(descriptor)) {
                        return k;
                    }
                }
                return null;
            }
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (Method m : k.getDeclaredMethods()) {
                    if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                        return m;
                    }
                }
            }
            return null;
        }

        /** The class's own {@code since}, or its enclosing class's for a nested type without one. */
        private static String sinceOf(Class<?> c) {
            for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
                if (k.isAnnotationPresent(Stability.class)) {
                    return k.getAnnotation(Stability.class).since();
                }
            }
            return "1.0.0";
        }

        private static Class<?> load(String internalName) {
            try {
                return Class.forName(internalName.replace('/', '.'), false, ApiRequirement.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the plugin refers to " + internalName.replace('/', '.')
                        + ", which this plugin API does not have", e);
            }
        }
    }
}
