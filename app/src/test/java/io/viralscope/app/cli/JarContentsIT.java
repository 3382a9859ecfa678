package io.viralscope.app.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** What the shipped jar carries: SQLite natives only for the platforms people run it on (the rest was 7 MB). */
class JarContentsIT {

    @Test
    void theJarShipsSqliteForLinuxMacosAndWindowsOnX8664AndArm64Only() throws IOException {
        try (JarFile jar = new JarFile(Path.of(System.getProperty("viralscope.test.jar")).toFile())) {
            List<String> natives = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("org/sqlite/native/") && !n.endsWith("/")).sorted().toList();
            assertThat(natives).containsExactly(
                    "org/sqlite/native/Linux-Musl/aarch64/libsqlitejdbc.so",
                    "org/sqlite/native/Linux-Musl/x86_64/libsqlitejdbc.so",
                    "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
                    "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                    "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
                    "org/sqlite/native/Mac/x86_64/libsqlitejdbc.dylib",
                    "org/sqlite/native/Windows/aarch64/sqlitejdbc.dll",
                    "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll");
        }
    }
}
