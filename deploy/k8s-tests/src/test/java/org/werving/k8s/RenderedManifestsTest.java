package org.werving.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders every kustomization under deploy/k8s and validates every object it renders against its schema. */
class RenderedManifestsTest {

    @Test
    void theBaseAndBothOverlaysAreRendered() {
        List<String> dirs = Manifests.kustomizations().stream()
                .map(dir -> Manifests.root().relativize(dir).toString()).toList();
        assertEquals(List.of("base", "overlays/local", "overlays/production"), dirs);
    }

    @TestFactory
    Stream<DynamicContainer> everyRenderedObjectMatchesItsSchema() {
        SchemaCatalog catalog = SchemaCatalog.get();
        return Manifests.kustomizations().stream().map(dir -> {
            List<JsonNode> objects = Manifests.render(dir);
            String name = Manifests.root().relativize(dir).toString();
            Stream<DynamicTest> checks = objects.stream().map(object -> DynamicTest.dynamicTest(
                    name + ": " + Manifests.describe(object), () -> {
                        Set<String> problems = catalog.validate(object);
                        assertTrue(problems.isEmpty(), () -> name + ": " + Manifests.describe(object)
                                + " does not match its schema:\n  " + String.join("\n  ", problems));
                    }));
            DynamicTest notEmpty = DynamicTest.dynamicTest(name + " renders objects",
                    () -> assertFalse(objects.isEmpty(), name + " rendered nothing"));
            return DynamicContainer.dynamicContainer(name, Stream.concat(Stream.of(notEmpty), checks));
        });
    }

    static Path dir(String relative) {
        return Manifests.root().resolve(relative);
    }
}
