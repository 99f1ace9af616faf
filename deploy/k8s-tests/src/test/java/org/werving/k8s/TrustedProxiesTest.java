package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract C6 on Kubernetes: each workload's QUARKUS_HTTP_PROXY_TRUSTED_PROXIES, as the kubelet would expand it
 * (env after envFrom, $(VAR) from earlier variables, configMapKeyRef values), comes from the ConfigMap
 * werving-trusted-proxies that every overlay sets: the ingress controller for web and the APIs, the ingress
 * controller and web for candidate-service; never "everyone".
 */
class TrustedProxiesTest {
    private static final Pattern CIDR = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    @Test
    void eachWorkloadTrustsExactlyItsProxiesFromTheSharedConfigMap() {
        for (Path dir : Manifests.kustomizations()) {
            List<JsonNode> objects = Manifests.render(dir);
            Map<String, Map<String, String>> configMaps = new HashMap<>();
            objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap")).forEach(c -> {
                Map<String, String> data = new HashMap<>();
                c.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
                configMaps.put(c.path("metadata").path("name").asText(), data);
            });
            Map<String, String> trusted = configMaps.get("werving-trusted-proxies");
            assertNotNull(trusted, dir + " renders werving-trusted-proxies");
            Set<String> ingress = cidrs(trusted.get("ingress-controller"));
            Set<String> web = cidrs(trusted.get("web"));
            for (String cidr : union(ingress, web)) {
                assertTrue(isNarrowCidr(cidr), dir + ": " + cidr + " is not an IPv4 CIDR narrower than the whole internet");
            }
            for (JsonNode deployment : objects.stream().filter(o -> o.path("kind").asText().equals("Deployment")).toList()) {
                String name = deployment.path("metadata").path("name").asText();
                Map<String, String> env = environment(deployment, configMaps);
                Set<String> expected = name.equals("candidate-service") ? union(ingress, web) : ingress;
                assertEquals(expected, cidrs(env.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES")), dir + ": " + name);
                assertEquals("true", env.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"), dir + ": " + name);
                assertEquals("true", env.get("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED"), dir + ": " + name);
            }
        }
    }

    @Test
    void everyOverlaySetsTheTrustedProxies() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String overlay : List.of("overlays/local", "overlays/production")) {
            JsonNode kustomization = yaml.readTree(RenderedManifestsTest.dir(overlay).resolve("kustomization.yaml").toFile());
            JsonNode generator = null;
            for (JsonNode g : kustomization.path("configMapGenerator")) {
                if (g.path("name").asText().equals("werving-trusted-proxies")) {
                    generator = g;
                }
            }
            assertNotNull(generator, overlay + " sets werving-trusted-proxies");
            assertEquals("merge", generator.path("behavior").asText());
            Set<String> keys = new TreeSet<>();
            generator.path("literals").forEach(l -> keys.add(l.asText().split("=", 2)[0]));
            assertEquals(Set.of("ingress-controller", "web"), keys, overlay);
        }
    }

    @Test
    void theExpansionAndTheCidrCheckWork() {
        assertEquals(Set.of("10.0.0.0/8", "192.168.1.0/24"), cidrs(" 10.0.0.0/8, 192.168.1.0/24"));
        assertFalse(isNarrowCidr("0.0.0.0/0"));
        assertFalse(isNarrowCidr("10.0.0.300/8"));
        assertFalse(isNarrowCidr("$(UNSET)"));
        assertTrue(isNarrowCidr("10.244.240.0/20"));
    }

    /** The container's environment as the kubelet builds it: envFrom first, then env, $(VAR) expanded. */
    private static Map<String, String> environment(JsonNode deployment, Map<String, Map<String, String>> configMaps) {
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").path(0);
        Map<String, String> env = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText(null);
            if (name != null && configMaps.containsKey(name)) {
                env.putAll(configMaps.get(name));
            }
        }
        for (JsonNode variable : container.path("env")) {
            String value;
            JsonNode ref = variable.path("valueFrom").path("configMapKeyRef");
            if (!ref.isMissingNode()) {
                value = configMaps.getOrDefault(ref.path("name").asText(), Map.of()).get(ref.path("key").asText());
            } else if (variable.has("value")) {
                Matcher m = REFERENCE.matcher(variable.path("value").asText());
                value = m.replaceAll(r -> Matcher.quoteReplacement(env.getOrDefault(r.group(1), r.group())));
            } else {
                continue;
            }
            env.put(variable.path("name").asText(), value);
        }
        return env;
    }

    private static Set<String> cidrs(String list) {
        assertNotNull(list, "a list of CIDRs");
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isNarrowCidr(String cidr) {
        Matcher m = CIDR.matcher(cidr);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        int bits = Integer.parseInt(m.group(5));
        return bits >= 8 && bits <= 32;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
