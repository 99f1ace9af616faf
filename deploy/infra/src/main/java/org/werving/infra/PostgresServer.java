package org.werving.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the machine's PostgreSQL binaries (Debian's packages, or any
 * directory named by WERVING_PG_BIN). Listens on loopback only; trust authentication for the
 * local user {@code werving}. As root, the cluster belongs to the {@code postgres} account.
 */
final class PostgresServer {
    static final String USER = "werving";

    private final Path dataDir;
    private final Path bin;
    private final int port;
    private final Path log;
    private Process postmaster;

    PostgresServer(Path baseDir, int port) {
        this.dataDir = DataDirs.forBase(baseDir);
        this.bin = findBinaries();
        this.port = port;
        this.log = baseDir.resolve("postgres.log");
    }

    static Path findBinaries() {
        String configured = System.getenv("WERVING_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(PostgresServer::majorVersion))
                        .orElseThrow(PostgresServer::missing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw missing();
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("PostgreSQL server binaries not found: install Debian's 'postgresql' package "
                + "(bash .ci/run does) or set WERVING_PG_BIN to a directory holding initdb and postgres");
    }

    int port() {
        return port;
    }

    void start(List<String> databases) throws IOException, InterruptedException {
        boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
        DataDirs.prepare(dataDir);
        if (fresh) {
            Processes.run(Processes.as("postgres", List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(),
                    "-U", USER, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")), log);
        }
        List<String> command = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", dataDir.toString(),
                "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + dataDir, "-c", "max_connections=200",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        postmaster = new ProcessBuilder(Processes.as("postgres", command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!ready()) {
            if (!postmaster.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited at start:\n" + Processes.tail(log));
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("PostgreSQL not ready in 60 s:\n" + Processes.tail(log));
            }
            Thread.sleep(100);
        }
        for (String database : databases) {
            createDatabase(database);
        }
    }

    private boolean ready() {
        try {
            Process check = new ProcessBuilder(bin.resolve("pg_isready").toString(), "-h", "127.0.0.1",
                    "-p", String.valueOf(port), "-U", USER, "-d", "postgres").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return check.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void createDatabase(String name) throws IOException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        Path psqlLog = log.resolveSibling("psql.log");
        Path script = log.resolveSibling("create-" + name + ".sql");
        Files.writeString(script, "SELECT 'CREATE DATABASE " + name + "' WHERE NOT EXISTS "
                + "(SELECT FROM pg_database WHERE datname = '" + name + "')\\gexec\n");
        Processes.run(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", USER, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-f", script.toString()), psqlLog);
    }

    Path dataDir() {
        return dataDir;
    }

    /** Fast shutdown (SIGINT semantics): active sessions are ended, no postmaster outlives us. */
    void stop() {
        if (postmaster == null) {
            return;
        }
        try {
            Processes.run(Processes.as("postgres", List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(),
                    "stop", "-m", "fast", "-w", "-t", "30")), log);
        } catch (RuntimeException e) {
            System.err.println("[werving-infra] pg_ctl stop failed, killing postmaster: " + e.getMessage());
        }
        postmaster.destroy();
        try {
            postmaster.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster = null;
    }
}
