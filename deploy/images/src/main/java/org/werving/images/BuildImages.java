package org.werving.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds one OCI image tarball per deployable from its {@code target/quarkus-app} (the services and, when it
 * is there, web), then checks each tarball (ImageCheck). Four layers, least changing first: the OS libraries,
 * the Java runtime, the application's dependencies, the application itself.
 */
public final class BuildImages {

    static final List<String> SERVICES = List.of("vacancy-service", "candidate-service", "selection-service",
            "reserve-service");
    private static final String APP = "/deployments";
    /**
     * The image's default JVM settings, those of the local run (deploy/local/run.sh, docs/operations.md "JVM
     * settings"): one GC thread, a heap sized to the measured live set, capped non-heap; with MALLOC_ARENA_MAX=2.
     * The Deployments set their own.
     */
    static final String JVM_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx160m -Xss512k -XX:MaxMetaspaceSize=160m"
            + " -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError";

    private BuildImages() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("werving.root", "../..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("werving.images.work", "target")).toAbsolutePath();
        String tag = System.getProperty("werving.image.tag", "latest");
        BaseImage base = new BaseImage(work);
        Path out = Files.createDirectories(work.resolve("images"));
        List<String> names = new ArrayList<>(SERVICES);
        if (Files.isDirectory(root.resolve("web"))) {
            names.add("web");
        }
        for (String name : names) {
            Path app = root.resolve(name).resolve("target/quarkus-app");
            if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
                throw new IllegalStateException(app + " has no quarkus-run.jar: package the services first "
                        + "(./mvnw package -DskipTests, or ./mvnw verify)");
            }
            Path tar = out.resolve(name + ".tar");
            long started = System.nanoTime();
            build(base, app, name, tag, tar, work);
            System.out.printf("== %s: %s (%d MB) in %.1f s%n", name, tar, Files.size(tar) >> 20,
                    (System.nanoTime() - started) / 1e9);
            new ImageCheck(tar, work.resolve("check").resolve(name)).verify();
        }
        System.out.println("== base: " + String.join(", ", base.packageVersions) + "; JRE jlink'ed from "
                + System.getProperty("java.home") + " (" + System.getProperty("java.version") + ")");
    }

    private static void build(BaseImage base, Path app, String name, String tag, Path tar, Path work)
            throws Exception {
        JibContainerBuilder image = Jib.fromScratch()
                .setFormat(ImageFormat.OCI)
                .addFileEntriesLayer(osLayer(base, work))
                .addFileEntriesLayer(tree("java-runtime", base.jre, "/opt/java"))
                .addFileEntriesLayer(tree("dependencies", app.resolve("lib"), APP + "/lib"))
                .addFileEntriesLayer(application(app))
                .setEntrypoint(List.of("/opt/java/bin/java", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar", APP + "/quarkus-run.jar"))
                .setEnvironment(Map.of("JAVA_HOME", "/opt/java", "PATH", "/opt/java/bin", "LANG", "C.UTF-8",
                        "JAVA_TOOL_OPTIONS", JVM_OPTIONS, "MALLOC_ARENA_MAX", "2"))
                .setUser(BaseImage.UID + ":" + BaseImage.UID)
                .setWorkingDirectory(AbsoluteUnixPath.get(APP))
                .setExposedPorts(Set.of(Port.tcp(8080)))
                .setLabels(labels(name, tag))
                .setCreationTime(Instant.EPOCH);
        image.containerize(Containerizer.to(TarImage.at(tar).named("werving/" + name + ":" + tag))
                .setOfflineMode(true)
                .setToolName("werving-images")
                .setApplicationLayersCache(work.resolve("jib-cache"))
                .setBaseImageLayersCache(work.resolve("jib-cache")));
    }

    private static Map<String, String> labels(String name, String tag) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", "werving " + name);
        labels.put("org.opencontainers.image.version", tag);
        labels.put("org.opencontainers.image.description", "werving " + name + " (Quarkus, Java 17), non-root");
        return labels;
    }

    private static FileEntriesLayer osLayer(BaseImage base, Path work) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("os");
        for (Map.Entry<String, Path> lib : base.libraries.entrySet()) {
            layer.addEntry(lib.getValue(), AbsoluteUnixPath.get(lib.getKey()), FilePermissions.fromOctalString("755"));
        }
        for (String file : List.of("passwd", "group", "nsswitch.conf")) {
            layer.addEntry(base.etc.resolve(file), AbsoluteUnixPath.get("/etc/" + file), FilePermissions.fromOctalString("644"));
        }
        layer.addEntry(base.etc.resolve("base-packages.txt"), AbsoluteUnixPath.get("/usr/share/werving/base-packages.txt"),
                FilePermissions.fromOctalString("644"));
        Path empty = Files.createDirectories(work.resolve("empty-dir"));
        layer.addEntry(empty, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"));
        layer.addEntry(empty, AbsoluteUnixPath.get(APP), FilePermissions.fromOctalString("755"));
        return layer.build();
    }

    private static FileEntriesLayer application(Path app) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("application");
        layer.addEntry(app.resolve("quarkus-run.jar"), AbsoluteUnixPath.get(APP + "/quarkus-run.jar"),
                FilePermissions.fromOctalString("644"));
        addTree(layer, app.resolve("app"), APP + "/app");
        addTree(layer, app.resolve("quarkus"), APP + "/quarkus");
        return layer.build();
    }

    private static FileEntriesLayer tree(String name, Path source, String target) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        addTree(layer, source, target);
        return layer.build();
    }

    /** Every file below source, readable by all, executable where the source is (bin/java, jspawnhelper). */
    private static void addTree(FileEntriesLayer.Builder layer, Path source, String target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                String path = target + (file.equals(source) ? "" : "/" + source.relativize(file).toString().replace('\\', '/'));
                boolean executable = Files.isDirectory(file) || Files.isExecutable(file);
                layer.addEntry(file, AbsoluteUnixPath.get(path), FilePermissions.fromOctalString(executable ? "755" : "644"));
            }
        }
    }
}
