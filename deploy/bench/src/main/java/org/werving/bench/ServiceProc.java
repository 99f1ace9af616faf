package org.werving.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service (target/quarkus-app/quarkus-run.jar) in its own JVM; knows its ready time and RSS. */
final class ServiceProc implements AutoCloseable {
    final String name;
    final int port;
    private final Process process;
    private final Path log;
    private final long startedNanos;
    private long readyNanos;

    private ServiceProc(String name, int port, Process process, Path log, long startedNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static ServiceProc start(Path root, String name, int port, List<String> jvmOpts, Map<String, String> env, Path log)
            throws IOException {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: package the services first");
        }
        // a small bash in front of the JVM keeps our pipe to its stdin: when the harness ends, however it ends,
        // the pipe closes and the bash stops the service (the JVM is its child; its pid is looked up for RSS)
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "exec 3<&0; \"$@\" 0</dev/null & child=$!; { cat <&3 > /dev/null; kill $child 2>/dev/null; } & wait $child",
                "werving-bench-" + name));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOpts);
        // the harness applies hundreds of times a second from one address: lift the per-address limit
        command.add("-D%local.werving.rate-limit.apply.per-window=1000000000");
        command.add("-Dwerving.rate-limit.apply.per-window=1000000000");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve(name).toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        long started = System.nanoTime();
        return new ServiceProc(name, port, builder.start(), log, started);
    }

    /** Polls /q/health/ready every 50 ms; remembers when it first answered 200. */
    void awaitReady(HttpClient client, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + "), see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyNanos = System.nanoTime();
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ", see " + log);
    }

    double readySeconds() {
        return (readyNanos - startedNanos) / 1e9;
    }

    /** Resident set size in MB, from /proc/&lt;pid&gt;/status (VmRSS), or -1 if unreadable. */
    long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(jvm().pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // process gone or no procfs
        }
        return -1;
    }

    /** The pid of the service's JVM (CPU accounting reads its /proc entry). */
    long jvmPid() {
        return jvm().pid();
    }

    /** The service's JVM: the child of our bash that runs java. */
    private ProcessHandle jvm() {
        return process.toHandle().children()
                .filter(h -> h.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().orElse(process.toHandle());
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Closes the pipe (the bash then sends SIGTERM to the JVM); after 20 s, SIGKILL to both. */
    @Override
    public void close() {
        ProcessHandle jvm = jvm();
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                jvm.destroyForcibly();
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            jvm.destroyForcibly();
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jvm.destroyForcibly();
            process.destroyForcibly();
        }
    }
}
