package org.werving.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the few programs the build needs (jlink, apt-get, dpkg-deb, chroot) and says why one failed. */
final class Commands {

    private Commands() {
    }

    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Result result = runAnyExit(dir, command);
        if (result.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + result.exit() + "):\n"
                    + result.output());
        }
        return result.output();
    }

    record Result(int exit, String output) {
    }

    static Result runAnyExit(Path dir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("werving-images", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            return new Result(exit, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static List<String> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }
}
