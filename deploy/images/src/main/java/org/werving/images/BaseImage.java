package org.werving.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The base every image shares, assembled offline into {@code <work>/base}: a Java runtime jlink'ed from the
 * JDK that runs the build (with a class-data sharing archive of the JDK's classes, lib/server/classes.jsa, which
 * a jlink'ed runtime otherwise lacks: every start maps them instead of loading them), and the shared libraries it
 * needs (glibc, libgcc, libstdc++, zlib) unpacked from Debian's packages, downloaded with {@code apt-get download}. No shell, no package manager in the image.
 */
final class BaseImage {

    /** The Debian packages that hold what the JVM links against (ldd of java, libjvm.so, libzip.so). */
    static final List<String> PACKAGES = List.of("libc6", "libgcc-s1", "libstdc++6", "zlib1g");
    /**
     * What Quarkus services need at run time: all of Java SE (libraries reach for java.rmi, java.desktop's
     * java.beans, ...), plus jdk.unsupported (Netty, Vert.x), EC crypto, DNS naming, zipfs, JMX/JFR, the
     * extra charsets and jdk.localedata for Dutch dates in mails and pages.
     */
    static final String MODULES = String.join(",", "java.se", "jdk.charsets", "jdk.crypto.ec", "jdk.jfr",
            "jdk.localedata", "jdk.management", "jdk.naming.dns", "jdk.unsupported", "jdk.zipfs");
    static final int UID = 10001;

    final Path jre;
    final Path rootfs;
    final Path etc;
    /** Target path in the image -> file on disk (symbolic links resolved: Jib layers hold regular files). */
    final Map<String, Path> libraries = new TreeMap<>();
    final List<String> packageVersions = new ArrayList<>();

    BaseImage(Path work) throws IOException, InterruptedException {
        Path base = work.resolve("base");
        jre = base.resolve("jre");
        rootfs = base.resolve("rootfs");
        etc = base.resolve("etc");
        if (!Files.isRegularFile(jre.resolve("lib/server/classes.jsa"))) {
            Commands.run(Path.of("/"), "rm", "-rf", jre.toString()); // absent, or built before the CDS archive
            jlink(jre);
        }
        Path debs = base.resolve("debs");
        if (!Files.isDirectory(rootfs)) {
            download(debs);
            unpack(debs, rootfs);
        }
        for (String deb : Commands.list(debs, ".deb")) {
            packageVersions.add(Commands.run(debs, "dpkg-deb", "-f", deb, "Package", "Version").replace("\n", " ").strip());
        }
        collectLibraries();
        writeEtc();
    }

    private static void jlink(Path output) throws IOException, InterruptedException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path jmods = javaHome.resolve("jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IllegalStateException(jmods + " is missing: jlink needs the JDK's jmods (Debian: openjdk-17-jdk-headless"
                    + " ships them; elsewhere install the jmods package)");
        }
        Files.createDirectories(output.getParent());
        Commands.run(output.getParent(), javaHome.resolve("bin/jlink").toString(), "--module-path", jmods.toString(),
                "--add-modules", MODULES, "--include-locales=en,nl,fr", "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=2", "--generate-cds-archive", "--output", output.toString());
        Path cacerts = output.resolve("lib/security/cacerts");
        Path system = Path.of("/etc/ssl/certs/java/cacerts");
        if (Files.size(cacerts) < 10_000 && Files.isRegularFile(system)) {
            Files.copy(system, cacerts, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void download(Path debs) throws IOException, InterruptedException {
        Files.createDirectories(debs);
        List<String> command = new ArrayList<>(List.of("apt-get", "download"));
        command.addAll(PACKAGES);
        try {
            Commands.run(debs, command.toArray(String[]::new));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\n(run `apt-get update` once, then build again)", e);
        }
    }

    private static void unpack(Path debs, Path rootfs) throws IOException, InterruptedException {
        Files.createDirectories(rootfs);
        for (String deb : Commands.list(debs, ".deb")) {
            Commands.run(debs, "dpkg-deb", "-x", deb, rootfs.toString());
        }
    }

    /** The shared objects of the packages: /lib, /lib64 and /usr/lib/x86_64-linux-gnu (no gconv, no docs). */
    private void collectLibraries() throws IOException {
        for (String dir : List.of("lib", "lib64", "usr/lib/x86_64-linux-gnu")) {
            Path root = rootfs.resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> !Files.isDirectory(f)).toList()) {
                    String target = "/" + rootfs.relativize(file).toString().replace('\\', '/');
                    if (target.contains("/gconv/") || !target.contains(".so")) {
                        continue;
                    }
                    libraries.put(target, resolve(file));
                }
            }
        }
        if (!libraries.containsKey("/lib64/ld-linux-x86-64.so.2")) {
            throw new IllegalStateException("no /lib64/ld-linux-x86-64.so.2 in " + PACKAGES);
        }
    }

    /** Follows symbolic links inside the unpacked packages (absolute links point into the root file system). */
    private Path resolve(Path file) throws IOException {
        Path current = file;
        for (int i = 0; i < 16 && Files.isSymbolicLink(current); i++) {
            Path link = Files.readSymbolicLink(current);
            current = link.isAbsolute() ? rootfs.resolve(link.toString().substring(1)) : current.getParent().resolve(link);
        }
        if (!Files.isRegularFile(current)) {
            throw new IllegalStateException(file + " points at nothing (" + current + ")");
        }
        return current;
    }

    private void writeEtc() throws IOException {
        Files.createDirectories(etc);
        write("passwd", "root:x:0:0:root:/root:/sbin/nologin\nwerving:x:" + UID + ":" + UID
                + ":werving:/deployments:/sbin/nologin\n");
        write("group", "root:x:0:\nwerving:x:" + UID + ":\n");
        write("nsswitch.conf", "hosts: files dns\n");
        write("base-packages.txt", String.join("\n", packageVersions) + "\n");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(etc.resolve(name), content, StandardCharsets.UTF_8);
    }
}
