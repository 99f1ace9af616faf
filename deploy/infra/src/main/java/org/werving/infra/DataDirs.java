package org.werving.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where PostgreSQL keeps its cluster. Normally {@code <base>/pgdata}. Run as root, PostgreSQL
 * drops to the {@code postgres} account, which must be able to enter every directory above its
 * data directory; a checkout in root's home or in a {@code mktemp -d} folder (mode 700) does not
 * allow that. Then the cluster lives in {@code /var/tmp/werving-pg-<hash of the base path>/pgdata}
 * instead: owned by {@code postgres}, mode 700, and the same directory for the same checkout,
 * so the data of a local run survives a restart. {@code <base>/pgdata.location} names it.
 */
final class DataDirs {
    private static final String PREFIX = "werving-pg-";

    private DataDirs() {
    }

    static Path forBase(Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path inside = base.resolve("pgdata");
        if (!Processes.isRoot() || reachableByPostgres(base.getParent())) {
            return inside;
        }
        Path outside = fallbackRoot().resolve(PREFIX + hash(base)).resolve("pgdata");
        try {
            Files.writeString(base.resolve("pgdata.location"), outside + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outside;
    }

    /** /var/tmp: kept across reboots for a while, reachable by every account; -Dwerving.pg.fallback-root overrides it. */
    static Path fallbackRoot() {
        return Path.of(System.getProperty("werving.pg.fallback-root", "/var/tmp"));
    }

    /** True when the data directory is not inside the base directory (and must be deleted on its own). */
    static boolean isOutside(Path dataDir) {
        return dataDir.getParent().getFileName().toString().startsWith(PREFIX);
    }

    /** Creates the directory that holds the cluster, owned by postgres when we are root. */
    static void prepare(Path dataDir) throws IOException {
        Path parent = dataDir.getParent();
        if (isOutside(dataDir)) {
            prepareOutside(parent);
        } else {
            Files.createDirectories(parent);
        }
        if (Processes.isRoot()) {
            Files.setOwner(parent, postgresAccount(parent));
        }
    }

    private static void prepareOutside(Path dir) throws IOException {
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // a shared /var/tmp: accept only a real directory that root or postgres owns
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException(dir + " exists and is not a directory");
            }
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals("postgres") && !owner.equals("root")) {
                throw new IllegalStateException(dir + " belongs to " + owner + ", not to postgres: remove it");
            }
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    private static UserPrincipal postgresAccount(Path any) throws IOException {
        return any.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
    }

    /** Deletes a data directory that lives outside the base directory. */
    static void deleteOutside(Path dataDir) {
        if (isOutside(dataDir)) {
            Infra.deleteTree(dataDir.getParent());
        }
    }

    /** Asks the system, as postgres, whether that account can enter the directory (and all above it). */
    static boolean reachableByPostgres(Path dir) {
        if (dir == null) {
            return true;
        }
        try {
            Process test = new ProcessBuilder(List.of("runuser", "-u", "postgres", "--", "test", "-x", dir.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!test.waitFor(30, TimeUnit.SECONDS)) {
                test.destroyForcibly();
                return false;
            }
            return test.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String hash(Path base) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(base.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
