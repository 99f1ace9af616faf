package org.werving.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Entry point of the infrastructure process: starts PostgreSQL (with one database per service)
 * and a Kafka broker, prints one {@code WERVING-INFRA READY ...} line, and stops both when its
 * standard input closes (with --watch-stdin: so it dies with the JVM that started it, even after
 * a kill -9 of that JVM) or when it receives SIGTERM/SIGINT.
 *
 * <pre>
 * java -cp deploy/infra/target/classes:deploy/infra/target/lib/* org.werving.infra.Infra \
 *   [--dir DIR] [--fresh] [--pg-port N] [--kafka-port N] [--databases a,b] [--watch-stdin]
 *   [--smtp-port N --mail-web-port N [--mail-max N]]   (a mail catcher keeping the newest N mails, default 2000)
 * </pre>
 * Without --dir the data lives in a temporary directory that is deleted at stop.
 */
public final class Infra {
    public static final String READY = "WERVING-INFRA READY";
    static final String ANSWER = "WERVING-INFRA ";

    private Infra() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        boolean fresh = false;
        boolean watchStdin = false;
        int pgPort = 0;
        int kafkaPort = 0;
        int smtpPort = 0;
        int mailWebPort = 0;
        int mailMax = MailCatcher.DEFAULT_MAX;
        List<String> databases = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]).toAbsolutePath();
                case "--fresh" -> fresh = true;
                case "--watch-stdin" -> watchStdin = true;
                case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                case "--smtp-port" -> smtpPort = Integer.parseInt(args[++i]);
                case "--mail-web-port" -> mailWebPort = Integer.parseInt(args[++i]);
                case "--mail-max" -> mailMax = Integer.parseInt(args[++i]);
                case "--databases" -> databases = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        boolean temporary = dir == null;
        if (temporary) {
            dir = Files.createTempDirectory("werving-infra-");
        } else if (fresh) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);

        PostgresServer postgres = new PostgresServer(dir, pgPort == 0 ? Ports.free() : pgPort);
        if (fresh) {
            DataDirs.deleteOutside(postgres.dataDir());
        }
        KafkaServer kafka = new KafkaServer(dir, kafkaPort == 0 ? Ports.free() : kafkaPort);
        MailCatcher mail = smtpPort == 0 ? null : new MailCatcher(smtpPort, mailWebPort == 0 ? Ports.free() : mailWebPort, mailMax);
        CountDownLatch stopped = new CountDownLatch(1);
        final Path base = dir;
        Thread stopper = new Thread(() -> {
            if (mail != null) {
                mail.stop();
            }
            kafka.stop();
            postgres.stop();
            if (temporary) {
                DataDirs.deleteOutside(postgres.dataDir());
                deleteTree(base);
            }
            stopped.countDown();
        }, "werving-infra-stop");
        Runtime.getRuntime().addShutdownHook(stopper);

        try {
            postgres.start(databases);
            kafka.start();
            if (mail != null) {
                mail.start();
            }
        } catch (Exception e) {
            System.err.println("[werving-infra] start failed: " + e.getMessage());
            System.exit(2);
        }
        System.out.println(READY + " postgres=" + postgres.port() + " kafka=" + kafka.port()
                + (mail == null ? "" : " smtp=" + mail.smtpPort() + " mail=" + mail.webPort()) + " dir=" + dir);
        System.out.flush();

        if (watchStdin) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                control(line.trim(), postgres, kafka, databases);
            }
            System.exit(0); // end of input means our parent has gone; runs the shutdown hook
        }
        stopped.await();
    }

    /**
     * Fault injection for the fault suite, one command per line on standard input (with --watch-stdin):
     * {@code pg-stop}, {@code pg-start}, {@code kafka-pause} (SIGSTOP), {@code kafka-resume} (SIGCONT).
     * Answers {@code WERVING-INFRA OK <command>} or {@code WERVING-INFRA FAILED <command> <reason>}.
     */
    private static void control(String command, PostgresServer postgres, KafkaServer kafka, List<String> databases) {
        if (command.isEmpty()) {
            return;
        }
        try {
            switch (command) {
                case "pg-stop" -> postgres.stop();
                case "pg-start" -> postgres.start(databases);
                case "kafka-pause" -> kafka.signal("STOP");
                case "kafka-resume" -> kafka.signal("CONT");
                default -> throw new IllegalArgumentException("unknown command");
            }
            System.out.println(ANSWER + "OK " + command);
        } catch (Exception e) {
            System.out.println(ANSWER + "FAILED " + command + " " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
        System.out.flush();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
