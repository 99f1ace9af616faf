package org.werving.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks a written image tarball as a runtime would read it: the OCI index, manifest and config (non-root user,
 * entrypoint, port, four layers whose digests match), then unpacks the layers into a root file system and, when
 * run as root, starts the image's Java in it with chroot as the image's user (proof that the runtime and the
 * libraries it links against are all in the image).
 */
final class ImageCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path tar;
    private final Path dir;

    ImageCheck(Path tar, Path dir) {
        this.tar = tar;
        this.dir = dir;
    }

    void verify() throws IOException, InterruptedException, NoSuchAlgorithmException {
        Commands.run(Path.of("/"), "rm", "-rf", dir.toString());
        Path blobs = Files.createDirectories(dir.resolve("image"));
        unpackTar(blobs);
        JsonNode index = JSON.readTree(blobs.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(blobs, index.at("/manifests/0/digest").asText()).toFile());
        JsonNode config = JSON.readTree(blob(blobs, manifest.at("/config/digest").asText()).toFile());
        expect("application/vnd.oci.image.manifest.v1+json".equals(manifest.path("mediaType").asText()),
                "an OCI manifest, not " + manifest.path("mediaType"));
        expect((BaseImage.UID + ":" + BaseImage.UID).equals(config.at("/config/User").asText()),
                "user " + BaseImage.UID + ", not '" + config.at("/config/User").asText() + "'");
        expect(config.at("/config/Entrypoint/0").asText().equals("/opt/java/bin/java"), "the entrypoint runs the image's java");
        expect(config.at("/config/ExposedPorts").has("8080/tcp"), "port 8080 exposed");
        JsonNode layers = manifest.get("layers");
        expect(layers.size() == 4 && config.at("/rootfs/diff_ids").size() == 4, "four layers");
        Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
        long total = 0;
        for (JsonNode layer : layers) {
            Path file = blob(blobs, layer.get("digest").asText());
            expect(("sha256:" + sha256(file)).equals(layer.get("digest").asText()), "layer digest matches its content");
            total += Files.size(file);
            Commands.run(rootfs, "tar", "-xzf", file.toString(), "-C", rootfs.toString());
        }
        for (String path : List.of("opt/java/bin/java", "opt/java/lib/server/classes.jsa", "lib64/ld-linux-x86-64.so.2",
                "deployments/quarkus-run.jar", "etc/passwd")) {
            expect(Files.exists(rootfs.resolve(path)), "/" + path + " in the image");
        }
        System.out.printf("   %s: OCI manifest, user %s, 4 layers, %d MB compressed%n", tar.getFileName(),
                config.at("/config/User").asText(), total >> 20);
        runJava(rootfs);
    }

    /** A runtime mounts /proc (the loader finds libjli.so through $ORIGIN, i.e. /proc/self/exe): so do we. */
    private void runJava(Path rootfs) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            System.out.println("   (not root: the chroot start of the image's java is skipped)");
            return;
        }
        Files.createDirectories(rootfs.resolve("proc"));
        String script = "mount -t proc proc '" + rootfs + "/proc' || exit 90; exec chroot --userspec=" + BaseImage.UID
                + ":" + BaseImage.UID + " '" + rootfs + "' /opt/java/bin/java -XshowSettings:properties -version";
        String out;
        try {
            out = Commands.run(rootfs, "unshare", "--mount", "--fork", "sh", "-c", script);
        } catch (IllegalStateException e) {
            if (e.getMessage().contains("failed (90)") || e.getMessage().contains("unshare:")) {
                System.out.println("   (no mount namespace here: the chroot start of the image's java is skipped)");
                return;
            }
            throw e;
        }
        expect(out.contains("user.name = werving") && out.contains("java.home = /opt/java"),
                "java runs in the image as user werving: " + out);
        expect(out.contains(", sharing)"), "java maps the runtime's class-data sharing archive: " + out);
        String version = out.lines().filter(l -> l.contains("Runtime Environment (build")).findFirst().orElse("?");
        System.out.println("   started in the image (chroot, uid " + BaseImage.UID + "): " + version.strip());
        bootQuarkus(rootfs);
    }

    /**
     * Starts the application itself in the image with nothing to connect to: it must load every class it
     * needs from the image (a module missing from the jlink'ed runtime shows as NoClassDefFoundError) and get
     * as far as opening its database (the services) or listening (web).
     */
    private void bootQuarkus(Path rootfs) throws IOException, InterruptedException {
        String script = "mount -t proc proc '" + rootfs + "/proc' || exit 90; exec timeout -s INT 120 chroot --userspec="
                + BaseImage.UID + ":" + BaseImage.UID + " '" + rootfs + "' /opt/java/bin/java -jar /deployments/quarkus-run.jar";
        Commands.Result run = Commands.runAnyExit(rootfs, "env", "-i", "PATH=/usr/bin:/bin:/usr/sbin:/sbin",
                "LANG=C.UTF-8", "JAVA_TOOL_OPTIONS=" + BuildImages.JVM_OPTIONS, "QUARKUS_PROFILE=local",
                "QUARKUS_HTTP_PORT=0", "DB_REACTIVE_URL=postgresql://127.0.0.1:1/none",
                "DB_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none", "KAFKA_BOOTSTRAP=127.0.0.1:1",
                "QUARKUS_SHUTDOWN_TIMEOUT=1s",
                // web's local profile signs staff in with the development key, which lives in the checkout, not
                // in the image: the boot check runs without it (the cluster runs the prod profile, where it is off)
                "_LOCAL_WERVING_WEB_DEV_SIGN_IN_ENABLED=false", "unshare", "--mount", "--fork", "sh", "-c",
                script);
        String log = run.output();
        for (String broken : List.of("NoClassDefFoundError", "ClassNotFoundException", "UnsatisfiedLinkError",
                "error while loading shared libraries")) {
            expect(!log.contains(broken), "the application to load from the image, not " + broken + ":\n" + tail(log));
        }
        boolean reachedDatabase = log.contains("Connection to 127.0.0.1:1 refused");
        boolean listening = log.contains("Listening on");
        expect(reachedDatabase || listening, "the application to boot up to its database or its port:\n" + tail(log));
        System.out.println("   booted in the image: " + (listening ? "listening" : "up to its database (none given)"));
    }

    private static String tail(String log) {
        List<String> lines = log.lines().filter(l -> !l.startsWith("\tat ")).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    }

    private void unpackTar(Path target) throws IOException {
        try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream entries = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                expect(file.startsWith(target), "entry inside the tarball: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        expect(Files.isRegularFile(target.resolve("oci-layout")) && Files.isRegularFile(target.resolve("index.json")),
                "an OCI image layout (oci-layout, index.json)");
    }

    private static Path blob(Path blobs, String digest) {
        Path file = blobs.resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
        expect(Files.isRegularFile(file), "blob " + digest + " in the tarball");
        return file;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("image check failed: expected " + what);
        }
    }
}
