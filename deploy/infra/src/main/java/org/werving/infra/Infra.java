package org.werving.infra;

import java.io.IOException;
import java.io.InputStream;
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
 *   [--smtp-port N --mail-web-port N]   (a mail catcher, for the local run)
 * </pre>
 * Without --dir the data lives in a temporary directory that is deleted at stop.
 */
public final class Infra {
    public static final String READY = "WERVING-INFRA READY";

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
        KafkaServer kafka = new KafkaServer(dir, kafkaPort == 0 ? Ports.free() : kafkaPort);
        MailCatcher mail = smtpPort == 0 ? null : new MailCatcher(smtpPort, mailWebPort == 0 ? Ports.free() : mailWebPort);
        CountDownLatch stopped = new CountDownLatch(1);
        final Path base = dir;
        Thread stopper = new Thread(() -> {
            if (mail != null) {
                mail.stop();
            }
            kafka.stop();
            postgres.stop();
            if (temporary) {
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
        System.out.println(READY + " postgres=" + postgres.port() + " kafka=" + kafka.port() + " dir=" + dir);
        System.out.flush();

        if (watchStdin) {
            InputStream in = System.in;
            while (in.read() != -1) {
                // any input is ignored; end of input means our parent has gone
            }
            System.exit(0); // runs the shutdown hook
        }
        stopped.await();
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
