package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM settings of the Deployments (docs/operations.md, "JVM settings") and their memory: every JVM has an
 * explicit heap and capped metaspace, code cache and direct memory, so its worst case is known, and the container's
 * limit holds that worst case plus the threads and the JVM's own native memory; the request holds at least the heap
 * and what the JVM needs besides it when idle, and never exceeds the limit.
 */
class JvmSettingsTest {
    private static final Set<String> JVMS = Set.of("vacancy-service", "candidate-service", "selection-service",
            "reserve-service", "web");
    /**
     * Symbols, thread stacks, GC structures and every other native allocation of the JVM and the libraries (glibc's
     * malloc included): about 65 MB in an idle vacancy-service (NMT's total without heap, metaspace, code and CDS,
     * plus the resident memory NMT does not see), with room for load.
     */
    static final long NATIVE_ALLOWANCE = 96L << 20;
    /**
     * Everything but the heap in an idle service after its start: RSS 226-238 MB less about 55 MB of committed heap
     * (deploy/local/footprint.sh; docs/operations.md, "JVM settings").
     */
    static final long NON_HEAP_IDLE = 184L << 20;
    private static final Pattern SIZE_OPTION = Pattern.compile(
            "-(Xmx|Xms|Xss|XX:MaxMetaspaceSize=|XX:ReservedCodeCacheSize=|XX:MaxDirectMemorySize=)(\\d+[kKmMgG]?)");

    /** A Kubernetes memory quantity in bytes: plain, or with a binary (Ki, Mi, Gi) or decimal (k, M, G) suffix. */
    static long quantity(String value) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?").matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a memory quantity: " + value);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            case "k" -> n * 1_000;
            case "M" -> n * 1_000_000;
            case "G" -> n * 1_000_000_000;
            default -> n;
        };
    }

    /** A JVM size (-Xmx160m, -XX:MaxMetaspaceSize=128M) in bytes: k, m and g are binary, as the JVM reads them. */
    static long jvmSize(String value) {
        char unit = Character.toLowerCase(value.charAt(value.length() - 1));
        String digits = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
        long n = Long.parseLong(digits);
        return switch (unit) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            case 'g' -> n << 30;
            default -> n;
        };
    }

    /** The sizes a JAVA_TOOL_OPTIONS value sets, by option name (Xmx, XX:MaxMetaspaceSize=, ...). */
    static Map<String, Long> sizes(String options) {
        Map<String, Long> sizes = new HashMap<>();
        Matcher m = SIZE_OPTION.matcher(options);
        while (m.find()) {
            sizes.put(m.group(1), jvmSize(m.group(2)));
        }
        return sizes;
    }

    @Test
    void quantitiesAndJvmSizesAreReadWithTheirUnits() {
        assertEquals(640L << 20, quantity("640Mi"));
        assertEquals(1L << 30, quantity("1Gi"));
        assertEquals(512_000_000L, quantity("512M"));
        assertEquals(1024, quantity("1024"));
        assertThrows(IllegalArgumentException.class, () -> quantity("1.5Gi"));
        assertEquals(160L << 20, jvmSize("160m"));
        assertEquals(512L << 10, jvmSize("512k"));
        assertEquals(1L << 30, jvmSize("1G"));
        assertEquals(4096, jvmSize("4096"));
        assertEquals(Map.of("Xmx", 160L << 20, "Xss", 512L << 10, "XX:MaxMetaspaceSize=", 128L << 20),
                sizes("-XX:+UseSerialGC -Xmx160m -Xss512k -XX:MaxMetaspaceSize=128m -javaagent:/x.jar"));
    }

    @Test
    void everyJvmHasAKnownWorstCaseThatFitsItsLimit() {
        for (Path dir : Manifests.kustomizations()) {
            Set<String> seen = new TreeSet<>();
            for (JsonNode deployment : Manifests.render(dir)) {
                String name = deployment.path("metadata").path("name").asText();
                if (!deployment.path("kind").asText().equals("Deployment") || !JVMS.contains(name)) {
                    continue;
                }
                seen.add(name);
                JsonNode container = deployment.at("/spec/template/spec/containers/0");
                String options = env(container, "JAVA_TOOL_OPTIONS");
                String where = dir.getFileName() + "/" + name;
                assertTrue(options.contains("-XX:+UseSerialGC"), where + ": one GC thread on a small CPU limit");
                assertFalse(options.contains("RAMPercentage"), where + ": an explicit heap, not a share of the limit");
                Map<String, Long> sizes = sizes(options);
                for (String cap : List.of("Xmx", "Xss", "XX:MaxMetaspaceSize=", "XX:ReservedCodeCacheSize=",
                        "XX:MaxDirectMemorySize=")) {
                    assertTrue(sizes.containsKey(cap), where + ": sets -" + cap);
                }
                long worst = sizes.get("Xmx") + sizes.get("XX:MaxMetaspaceSize=") + sizes.get("XX:ReservedCodeCacheSize=")
                        + sizes.get("XX:MaxDirectMemorySize=") + NATIVE_ALLOWANCE;
                long limit = quantity(container.at("/resources/limits/memory").asText());
                long request = quantity(container.at("/resources/requests/memory").asText());
                assertTrue(limit >= worst, where + ": limit " + (limit >> 20) + " MiB below the worst case "
                        + (worst >> 20) + " MiB");
                assertTrue(request <= limit, where + ": request above limit");
                assertTrue(request >= sizes.get("Xmx") + NON_HEAP_IDLE, where + ": request " + (request >> 20)
                        + " MiB below heap plus the idle non-heap");
            }
            assertEquals(JVMS, seen, dir + ": Deployments");
        }
    }

    private static String env(JsonNode container, String name) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(e -> e.path("name").asText().equals(name)).map(e -> e.path("value").asText())
                .findFirst().orElseThrow(() -> new AssertionError(container.path("name").asText() + " has no " + name));
    }
}
