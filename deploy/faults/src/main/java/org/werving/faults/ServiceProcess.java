package org.werving.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service ({@code java -jar <service>/target/quarkus-app/quarkus-run.jar}) in a process
 * of its own, on a fixed port, its output appended to a log file. It can be killed (-9), stopped
 * gracefully (SIGTERM) and started again on the same port with the same environment.
 */
final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, int port, Map<String, String> env, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = env;
        this.log = log;
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: package the services first (deploy/faults/run.sh does)");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until /q/health/ready answers 200; fails when the process exits or the time is up. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + "); see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready in " + timeout.toSeconds() + " s; see " + log);
            }
            Pause.millis(250);
        }
    }

    boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kill -9: no shutdown hook, no goodbye. */
    void kill() {
        process.destroyForcibly();
        waitFor(30);
    }

    /** SIGTERM, as a rolling update sends: the service shuts down gracefully. */
    void terminate() {
        process.destroy();
        if (!waitFor(60)) {
            process.destroyForcibly();
            waitFor(30);
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        if (process != null && process.isAlive()) {
            terminate();
        }
    }
}
