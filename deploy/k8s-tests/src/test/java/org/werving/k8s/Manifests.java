package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds the kustomizations under deploy/k8s and renders them with {@code kubectl kustomize}. */
final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    static Path root() {
        return Path.of(System.getProperty("werving.k8s.dir", "../k8s")).toAbsolutePath().normalize();
    }

    /** Every directory holding a kustomization.yaml: the base and each overlay. */
    static List<Path> kustomizations() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects {@code kubectl kustomize dir} renders, in order. */
    static List<JsonNode> render(Path dir) {
        String yaml = run(List.of(kubectl(), "kustomize", dir.toString()));
        return parse(yaml);
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node != null && !(node instanceof NullNode) && !node.isEmpty()) {
                    objects.add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText("?") + "/" + object.path("metadata").path("name").asText("?");
    }

    private static volatile String kubectl;

    private static String kubectl() {
        if (kubectl == null) {
            String found = findKubectl();
            String version = run(List.of(found, "version", "--client"));
            var matcher = java.util.regex.Pattern.compile("Kustomize Version: v(\\d+)").matcher(version);
            if (!matcher.find() || Integer.parseInt(matcher.group(1)) < 5) {
                throw new IllegalStateException("kubectl at " + found + " embeds no kustomize v5 or later (`kubectl "
                        + "version --client` says: " + version.strip() + "); deploy/k8s needs kubectl 1.27 or later.");
            }
            kubectl = found;
        }
        return kubectl;
    }

    private static String findKubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("kubectl is not on the PATH: the manifest validation renders deploy/k8s with "
                + "`kubectl kustomize` (kubectl 1.27 or later; .ci/run installs it). Install kubectl and run again.");
    }

    private static String run(List<String> command) {
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: "
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
