package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/asyncapi.yaml: every message example matches its message's header and payload schemas (the AsyncAPI
 * CLI in .ci/run validates the document, not its examples), a broken example is refused, and the document
 * names the same event types as docs/events.md.
 */
class AsyncApiExamplesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonNode doc;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    @BeforeAll
    static void load() throws IOException {
        doc = YAML.readTree(repo().resolve("docs/asyncapi.yaml").toFile());
    }

    private static Path repo() {
        return Path.of(System.getProperty("werving.repo.dir", "../.."));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsSchemas() {
        List<DynamicTest> tests = new ArrayList<>();
        doc.at("/components/messages").fields().forEachRemaining(m -> {
            for (JsonNode example : m.getValue().path("examples")) {
                tests.add(DynamicTest.dynamicTest(m.getKey() + " " + example.path("name").asText(), () -> {
                    Set<String> problems = check(m.getValue(), example);
                    assertTrue(problems.isEmpty(), () -> m.getKey() + ": " + problems);
                }));
            }
        });
        assertFalse(tests.isEmpty(), "no examples in docs/asyncapi.yaml");
        return tests.stream();
    }

    @Test
    void aBrokenExampleIsRefused() {
        JsonNode message = doc.at("/components/messages/CandidateDataErased");
        ObjectNode example = message.path("examples").get(0).deepCopy();
        ((ObjectNode) example.get("payload")).put("reason", "BECAUSE");
        ((ObjectNode) example.get("headers")).put("ce_type", "CandidateApplied");
        Set<String> problems = check(message, example);
        assertTrue(problems.stream().anyMatch(p -> p.contains("/reason")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("/ce_type")), problems::toString);
    }

    @Test
    void theDocumentNamesEveryEventOfTheCatalogue() throws IOException {
        Set<String> catalogue = new TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(repo().resolve("docs/events.md"))) {
            if (line.startsWith("### ") && !line.substring(4).contains(" ")) {
                catalogue.add(line.substring(4).trim());
            }
        }
        Set<String> documented = new TreeSet<>();
        doc.at("/components/messages").fieldNames().forEachRemaining(documented::add);
        documented.remove("DeadLetter");
        assertEquals(catalogue, documented);
    }

    private Set<String> check(JsonNode message, JsonNode example) {
        Set<String> problems = new TreeSet<>();
        problems.addAll(validate(message.get("headers"), example.get("headers")));
        problems.addAll(validate(message.get("payload"), example.get("payload")));
        return problems;
    }

    private Set<String> validate(JsonNode schemaNode, JsonNode value) {
        ObjectNode root = YAML.createObjectNode();
        root.set("components", doc.get("components"));
        root.setAll((ObjectNode) schemaNode.deepCopy());
        JsonSchema schema = factory.getSchema(root, SchemaValidatorsConfig.builder().build());
        Set<String> problems = new TreeSet<>();
        for (ValidationMessage message : schema.validate(value)) {
            problems.add(message.getMessage());
        }
        return problems;
    }
}
