package org.werving.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** As root, the cluster goes where the postgres account can reach it. */
class DataDirsTest {
    private Path scratch;

    @AfterEach
    void clean() {
        System.clearProperty("werving.pg.fallback-root");
        if (scratch != null) {
            Infra.deleteTree(scratch);
        }
    }

    @Test
    void keepsTheClusterInsideAReachableCheckoutAndMovesItOutOfALockedOne() throws Exception {
        assumeTrue(Processes.isRoot(), "only root hands the cluster to the postgres account");
        scratch = Files.createTempDirectory("werving-datadirs-");
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path fallback = Files.createDirectories(scratch.resolve("var-tmp"));
        System.setProperty("werving.pg.fallback-root", fallback.toString());

        Path open = Files.createDirectories(scratch.resolve("open/checkout/.data"));
        assertEquals(open.resolve("pgdata"), DataDirs.forBase(open));

        Path locked = Files.createDirectories(scratch.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        Path base = Files.createDirectories(locked.resolve("checkout/.data"));
        Path data = DataDirs.forBase(base);
        assertEquals(fallback, data.getParent().getParent());
        assertTrue(data.getParent().getFileName().toString().startsWith("werving-pg-"));
        assertEquals(data, DataDirs.forBase(base), "the same checkout finds its data again");
        assertEquals(data + "\n", Files.readString(base.resolve("pgdata.location")));

        DataDirs.prepare(data);
        assertEquals("postgres", Files.getOwner(data.getParent(), LinkOption.NOFOLLOW_LINKS).getName());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.getParent())));
        assertTrue(DataDirs.reachableByPostgres(data.getParent()));

        DataDirs.deleteOutside(data);
        assertFalse(Files.exists(data.getParent()));
    }
}
