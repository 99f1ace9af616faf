package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validation refuses broken objects of every family of schemas, naming what is wrong. */
class SchemaCatalogTest {

    private final SchemaCatalog catalog = SchemaCatalog.get();

    private Set<String> problems(String yaml) {
        List<JsonNode> objects = Manifests.parse(yaml);
        assertEquals(1, objects.size());
        return catalog.validate(objects.get(0));
    }

    private void assertRefused(String yaml, String expected) {
        Set<String> problems = problems(yaml);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                () -> "expected a problem mentioning '" + expected + "', got " + problems);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: demo}
            spec:
              replicas: 2
              selector: {matchLabels: {app: demo}}
              template:
                metadata: {labels: {app: demo}}
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      ports: [{name: http, containerPort: 8080}]
                      readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
                      resources: {requests: {cpu: 100m, memory: 1Gi}, limits: {cpu: 1}}
            """;

    @Test
    void aValidDeploymentPasses() {
        assertEquals(Set.of(), problems(DEPLOYMENT));
    }

    @Test
    void aMisspeltFieldIsRefused() {
        assertRefused(DEPLOYMENT.replace("  replicas: 2", "  replica: 2"), "replica");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertRefused(DEPLOYMENT.replace("containerPort: 8080", "containerPort: [8080]"), "containerPort");
        assertRefused(DEPLOYMENT.replace("memory: 1Gi", "memory: {gi: 1}"), "memory");
    }

    @Test
    void aMissingKindOrAnUnknownKindIsRefused() {
        assertRefused(DEPLOYMENT.replace("kind: Deployment", "kind: Deploymint"), "no schema for apps/v1/Deploymint");
        assertRefused("""
                apiVersion: v1
                kind: Service
                metadata: {name: demo}
                spec: {ports: [{port: 80, targetPort: http, protocoll: TCP}]}
                """, "protocoll");
    }

    @Test
    void strimziResourcesAreCheckedFieldByField() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t, labels: {strimzi.io/cluster: werving}}
                spec: {topicName: a.b, partitions: 6, replicas: 3, config: {min.insync.replicas: 2}}
                """;
        assertEquals(Set.of(), problems(topic));
        assertRefused(topic.replace("partitions: 6", "partitions: six"), "partitions");
        assertRefused(topic.replace("replicas: 3", "replicationFactor: 3"), "replicationFactor");
    }

    @Test
    void strimziSubtypesAreCheckedByTheirDiscriminator() {
        String user = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: a.b, patternType: literal}
                        operations: [Read, Describe]
                """;
        assertEquals(Set.of(), problems(user));
        assertRefused(user.replace("[Read, Describe]", "[Read, Destroy]"), "/spec/authorization/acls/0/operations/1");
        assertRefused(user.replace("type: scram-sha-512", "type: scram-sha-1"), "/spec/authentication/type");
        assertRefused(user.replace("patternType: literal", "patternType: literal, partitions: 3"), "partitions");
        assertRefused(user.replace("type: topic", "type: queue"), "/spec/authorization/acls/0/resource/type");
    }

    @Test
    void strimziKafkaUsesTheKubernetesSchemasInside() {
        String pool = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaNodePool
                metadata: {name: p, labels: {strimzi.io/cluster: werving}}
                spec:
                  replicas: 3
                  roles: [broker]
                  storage: {type: jbod, volumes: [{id: 0, type: persistent-claim, size: 10Gi}]}
                  resources: {requests: {memory: 1Gi}}
                """;
        assertEquals(Set.of(), problems(pool));
        assertRefused(pool.replace("roles: [broker]", "roles: [leader]"), "/spec/roles/0");
        assertRefused(pool.replace("requests: {memory: 1Gi}", "request: {memory: 1Gi}"), "request");
        assertRefused(pool.replace("size: 10Gi", "size: 10Gi, sizeLimit: 3"), "sizeLimit");
    }

    @Test
    void cloudNativePgResourcesAreChecked() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: pg}
                spec:
                  instances: 3
                  storage: {size: 1Gi}
                  backup:
                    retentionPolicy: 30d
                    barmanObjectStore: {destinationPath: "s3://b/p", wal: {compression: gzip}}
                """;
        assertEquals(Set.of(), problems(cluster));
        assertRefused(cluster.replace("instances: 3", "instances: three"), "instances");
        assertRefused(cluster.replace("retentionPolicy: 30d", "retentionPolicy: 30 days"), "retentionPolicy");
        assertRefused(cluster.replace("compression: gzip", "compression: rar"), "/spec/backup/barmanObjectStore/wal/compression");
        assertRefused(cluster.replace("instances: 3", "instances: 3\n  replicas: 3"), "replicas");
    }

    @Test
    void prometheusOperatorResourcesAreChecked() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: m, labels: {release: kube-prometheus-stack}}
                spec:
                  selector: {matchLabels: {app: demo}}
                  endpoints: [{port: http, path: /q/metrics, interval: 30s}]
                """;
        assertEquals(Set.of(), problems(monitor));
        assertRefused(monitor.replace("path: /q/metrics", "metricsPath: /q/metrics"), "metricsPath");
        assertRefused(monitor.replace("endpoints: [", "endpoint: ["), "endpoint");
        String rule = """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: r}
                spec:
                  groups:
                    - name: g
                      rules: [{alert: A, expr: up == 0, for: 5m, labels: {severity: warning}}]
                """;
        assertEquals(Set.of(), problems(rule));
        assertRefused(rule.replace("for: 5m", "for: 5m, severity: warning"), "severity");
        assertRefused(rule.replace("labels: {severity: warning}", "labels: {severity: [warning]}"), "/spec/groups/0/rules/0/labels/severity");
    }
}
