package org.werving.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ceiling the services stand on: single-row INSERTs, each its own committed transaction, from N
 * clients on the same PostgreSQL server (its own database). pgbench (Debian's postgresql-contrib) when
 * it is on the PATH, else a JDBC loop with N connections.
 */
final class PgCeiling {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    record Result(double tps, String tool, String serverSettings) {
    }

    private final SystemUnderTest system;

    PgCeiling(SystemUnderTest system) {
        this.system = system;
    }

    Result run(int clients, int seconds, Path work) throws Exception {
        String settings;
        try (Connection c = system.connect(SystemUnderTest.BENCH_DB); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_insert");
            s.execute("CREATE TABLE bench_insert (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "payload text NOT NULL, at timestamptz NOT NULL)");
            settings = "fsync=" + setting(s, "fsync") + ", synchronous_commit=" + setting(s, "synchronous_commit");
        }
        Path pgbench = onPath("pgbench");
        if (pgbench != null) {
            Double tps = pgbench(pgbench, clients, seconds, work);
            if (tps != null) {
                return new Result(tps, "pgbench", settings);
            }
        }
        return new Result(jdbc(clients, seconds), "JDBC loop", settings);
    }

    private Double pgbench(Path pgbench, int clients, int seconds, Path work) throws IOException, InterruptedException {
        Path script = work.resolve("insert.sql");
        Files.writeString(script, "INSERT INTO bench_insert (payload, at) VALUES (md5(random()::text), now());\n");
        Process p = new ProcessBuilder(pgbench.toString(), "-h", "127.0.0.1", "-p", String.valueOf(system.pgPort),
                "-U", "werving", "-n", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds),
                "-f", script.toString(), SystemUnderTest.BENCH_DB).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        Matcher m = TPS.matcher(out);
        if (p.exitValue() != 0 || !m.find()) {
            System.out.println("[bench] pgbench failed, using the JDBC loop:\n" + out);
            return null;
        }
        return Double.parseDouble(m.group(1));
    }

    private double jdbc(int clients, int seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                try (Connection c = system.connect(SystemUnderTest.BENCH_DB);
                     PreparedStatement insert = c.prepareStatement(
                             "INSERT INTO bench_insert (payload, at) VALUES (md5(random()::text), now())")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < end) {
                        insert.executeUpdate();
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("insert loop failed", failures.get(0));
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
