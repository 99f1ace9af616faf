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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@link Infra} as a child process, for tests. The child watches our pipe to its standard
 * input, so it stops PostgreSQL and Kafka when this JVM ends, however it ends.
 */
public final class InfraProcess implements AutoCloseable {
    private static final Pattern READY_LINE = Pattern.compile(
            Pattern.quote(Infra.READY) + " postgres=(\\d+) kafka=(\\d+)(?: smtp=(\\d+) mail=(\\d+))? dir=(.*)");

    private final Process process;
    private final int postgresPort;
    private final int kafkaPort;
    private final int smtpPort;
    private final int mailWebPort;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private InfraProcess(Process process, int postgresPort, int kafkaPort, int smtpPort, int mailWebPort) {
        this.process = process;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.smtpPort = smtpPort;
        this.mailWebPort = mailWebPort;
    }

    public static InfraProcess start(String... databases) {
        return start(List.of(), databases);
    }

    /** Also starts the mail catcher (SMTP and its page on free ports): see {@link #smtpPort()}, {@link #mailUrl()}. */
    public static InfraProcess startWithMailCatcher(String... databases) {
        return start(List.of("--smtp-port", String.valueOf(Ports.free()), "--mail-web-port", String.valueOf(Ports.free())),
                databases);
    }

    private static InfraProcess start(List<String> options, String... databases) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", launcherClasspath(), Infra.class.getName(), "--watch-stdin",
                "--databases", String.join(",", databases)));
        command.addAll(options);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                Matcher ready = READY_LINE.matcher(line);
                if (ready.matches()) {
                    InfraProcess infra = new InfraProcess(process, Integer.parseInt(ready.group(1)),
                            Integer.parseInt(ready.group(2)), port(ready.group(3)), port(ready.group(4)));
                    Thread reader = new Thread(() -> infra.read(out), "werving-infra-out");
                    reader.setDaemon(true);
                    reader.start();
                    return infra;
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

    private static int port(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    /** Keeps the answers to control commands; discards anything else. */
    private void read(BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(Infra.ANSWER)) {
                    answers.offer(line.substring(Infra.ANSWER.length()));
                }
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

    int postgresPort() {
        return postgresPort;
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

    /** The mail catcher's SMTP port (0 when started without it). */
    public int smtpPort() {
        return smtpPort;
    }

    /** The mail catcher's page; its JSON is at {@code mailUrl() + "/api/mails?to=..."}. */
    public String mailUrl() {
        return "http://127.0.0.1:" + mailWebPort;
    }

    /** Fast shutdown of PostgreSQL: every connection is cut until {@link #startPostgres()}. */
    public void stopPostgres() {
        control("pg-stop");
    }

    public void startPostgres() {
        control("pg-start");
    }

    /** SIGSTOP of the broker process: connections stay open but nothing answers until {@link #resumeKafka()}. */
    public void pauseKafka() {
        control("kafka-pause");
    }

    public void resumeKafka() {
        control("kafka-resume");
    }

    private synchronized void control(String command) {
        try {
            answers.clear();
            process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            String answer = answers.poll(120, TimeUnit.SECONDS);
            if (answer == null) {
                throw new IllegalStateException("no answer to " + command + " in 120 s");
            }
            if (!answer.equals("OK " + command)) {
                throw new IllegalStateException(answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
