package org.werving.infra;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@link Infra} as a child process, for tests. The child watches our pipe to its standard
 * input, so it stops PostgreSQL and Kafka when this JVM ends, however it ends.
 */
public final class InfraProcess implements AutoCloseable {
    private static final Pattern READY_LINE = Pattern.compile(
            Pattern.quote(Infra.READY) + " postgres=(\\d+) kafka=(\\d+) dir=(.*)");

    private final Process process;
    private final int postgresPort;
    private final int kafkaPort;

    private InfraProcess(Process process, int postgresPort, int kafkaPort) {
        this.process = process;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
    }

    public static InfraProcess start(String... databases) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", launcherClasspath(), Infra.class.getName(), "--watch-stdin",
                "--databases", String.join(",", databases)));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                Matcher ready = READY_LINE.matcher(line);
                if (ready.matches()) {
                    Thread drain = new Thread(() -> drain(out), "werving-infra-out");
                    drain.setDaemon(true);
                    drain.start();
                    return new InfraProcess(process, Integer.parseInt(ready.group(1)), Integer.parseInt(ready.group(2)));
                }
                System.out.println("[werving-infra] " + line);
            }
            throw new IllegalStateException("infrastructure process ended before it was ready (exit "
                    + process.waitFor() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discard
            }
        } catch (IOException e) {
            // process gone
        }
    }

    /**
     * The classpath of the launcher: this module's classes plus its runtime libraries, copied by
     * the build to target/lib. Never the caller's classpath.
     */
    static String launcherClasspath() {
        String configured = System.getProperty("werving.infra.classpath");
        if (configured != null) {
            return configured;
        }
        try {
            Path location = Path.of(InfraProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = location.getParent().resolve("lib");
            if (Files.isDirectory(lib)) {
                // inside the reactor: deploy/infra/target/{classes or jar} next to target/lib
                return location + File.pathSeparator + lib + File.separator + "*";
            }
            // a service built on its own, with this jar from the local repository: find the checkout's launcher
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path target = dir.resolve("deploy/infra/target");
                if (Files.isDirectory(target.resolve("lib")) && Files.isDirectory(target.resolve("classes"))) {
                    return target.resolve("classes") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
                }
            }
            throw new IllegalStateException("infrastructure launcher not built: run ./mvnw -pl deploy/infra package first");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    public String user() {
        return PostgresServer.USER;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
