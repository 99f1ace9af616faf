package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The topics and ACLs of deploy/k8s agree with what each service's application.properties produces and
 * consumes: a KafkaTopic for every topic and dead-letter topic, no other; each KafkaUser may write exactly
 * its service's outgoing and dead-letter topics, read exactly the topics it consumes, with its own group.
 */
class KafkaAccessTest {

    private static final List<String> SERVICES = List.of("vacancy-service", "candidate-service",
            "selection-service", "reserve-service");
    private static List<JsonNode> base;

    @BeforeAll
    static void render() {
        base = Manifests.render(Manifests.root().resolve("base"));
    }

    @Test
    void everyTopicTheServicesUseHasAKafkaTopicAndNoOtherExists() {
        Set<String> used = new TreeSet<>();
        for (String service : SERVICES) {
            Messaging m = Messaging.of(service);
            used.addAll(m.writes);
            used.addAll(m.reads);
        }
        Set<String> declared = objects("KafkaTopic").map(t -> t.path("spec").path("topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(used, declared);
    }

    @Test
    void everyTopicIsReplicatedThreeTimesAndNeedsTwoInSyncReplicasOutsideTheLocalOverlay() {
        for (String dir : List.of("base", "overlays/production")) {
            Manifests.render(Manifests.root().resolve(dir)).stream().filter(kind("KafkaTopic")).forEach(t -> {
                assertEquals(3, t.path("spec").path("replicas").asInt(), dir + " " + Manifests.describe(t));
                assertEquals(2, t.path("spec").path("config").path("min.insync.replicas").asInt(),
                        dir + " " + Manifests.describe(t));
            });
        }
    }

    @TestFactory
    Stream<DynamicTest> eachKafkaUserMayTouchOnlyItsOwnTopicsAndGroup() {
        return SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            Messaging m = Messaging.of(service);
            JsonNode user = objects("KafkaUser").filter(u -> u.path("metadata").path("name").asText().equals(service))
                    .findFirst().orElseThrow(() -> new AssertionError("no KafkaUser " + service));
            Map<String, Set<String>> acls = new TreeMap<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                assertEquals("literal", resource.path("patternType").asText(), service + ": no prefix or wildcard ACL");
                String key = resource.path("type").asText() + ":" + resource.path("name").asText();
                for (JsonNode op : acl.path("operations")) {
                    acls.computeIfAbsent(key, k -> new TreeSet<>()).add(op.asText());
                }
            }
            Map<String, Set<String>> expected = new TreeMap<>();
            m.writes.forEach(t -> expected.put("topic:" + t, Set.of("Describe", "Write")));
            m.reads.forEach(t -> expected.put("topic:" + t, Set.of("Describe", "Read")));
            m.groups.forEach(g -> expected.put("group:" + g, Set.of("Describe", "Read")));
            assertEquals(expected, acls, service);
            assertFalse(m.writes.isEmpty(), service + " produces nothing? (application.properties not read)");
        }));
    }

    @Test
    void eachServiceConnectsAsItsOwnKafkaUser() {
        objects("Deployment").filter(d -> SERVICES.contains(d.path("metadata").path("name").asText())).forEach(d -> {
            String name = d.path("metadata").path("name").asText();
            String secret = null;
            for (JsonNode env : d.at("/spec/template/spec/containers/0/env")) {
                if (env.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                    secret = env.at("/valueFrom/secretKeyRef/name").asText();
                }
            }
            assertEquals(name, secret, name + " must read the sasl.jaas.config of its own KafkaUser");
        });
    }

    private static Stream<JsonNode> objects(String kind) {
        return base.stream().filter(kind(kind));
    }

    private static Predicate<JsonNode> kind(String kind) {
        return o -> o.path("kind").asText().equals(kind);
    }

    /** What a service's application.properties says it produces (events and dead letters) and consumes. */
    private record Messaging(Set<String> writes, Set<String> reads, Set<String> groups) {

        static Messaging of(String service) {
            Path file = Path.of(System.getProperty("werving.repo.dir", "../.."), service,
                    "src/main/resources/application.properties");
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + file, e);
            }
            Set<String> writes = new TreeSet<>();
            Set<String> reads = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("%")) {
                    continue; // profile-specific (tests), not what runs in a cluster
                }
                String value = p.getProperty(key).trim();
                if (key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic")) {
                    writes.add(value);
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                    writes.add(value);
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                    reads.add(value);
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topics")) {
                    for (String topic : value.split(",")) { // one channel on several topics
                        reads.add(topic.trim());
                    }
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                    groups.add(value);
                }
            }
            return new Messaging(writes, reads, groups);
        }
    }
}
