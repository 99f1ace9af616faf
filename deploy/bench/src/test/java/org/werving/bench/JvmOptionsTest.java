package org.werving.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JvmOptionsTest {
    @TempDir
    Path root;

    private void runSh(String... lines) throws Exception {
        Files.createDirectories(root.resolve("deploy/local"));
        Files.writeString(root.resolve("deploy/local/run.sh"), String.join("\n", lines) + "\n");
    }

    @Test
    void literalOptionsOfTheLocalRunAreTaken() throws Exception {
        runSh("#!/usr/bin/env bash", "  java -Xmx256m -jar \"$ROOT/$name/target/quarkus-app/quarkus-run.jar\" > log &");
        assertEquals(List.of("-Xmx256m"), JvmOptions.of(root, "candidate-service", null));
    }

    @Test
    void variablesOfRunShDefaultsAndTheServiceNameAreResolved() throws Exception {
        runSh("SERVICE_JVM=\"-XX:+UseSerialGC ${HEAP:--Xmx96m}\"",
                "  java $SERVICE_JVM -XX:SharedArchiveFile=$ROOT/$name/target/app.jsa -jar \"$ROOT/$name/target/quarkus-app/quarkus-run.jar\"");
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmx96m", "-XX:SharedArchiveFile=" + root + "/vacancy-service/target/app.jsa"),
                JvmOptions.of(root, "vacancy-service", null));
    }

    @Test
    void anOverrideWinsAndNoLocalRunFallsBack() {
        assertEquals(List.of("-Xmx128m", "-XX:+UseSerialGC"), JvmOptions.of(root, "x", "-Xmx128m  -XX:+UseSerialGC"));
        assertEquals(JvmOptions.FALLBACK, JvmOptions.of(root, "x", null));
    }
}
