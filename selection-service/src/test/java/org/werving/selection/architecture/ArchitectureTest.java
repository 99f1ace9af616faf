package org.werving.selection.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package plan of selection-service (docs/architecture.md): rest → service → model/repository,
 * messaging/in → service, messaging/out holds only published event records. A layer that reaches where
 * it must not fails here, naming the class and the dependency.
 */
class ArchitectureTest {
    private static final String ROOT = "org.werving.selection";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }

    static final ArchRule NOTHING_BELOW_REST_USES_REST = noClasses().that().resideOutsideOfPackage(ROOT + ".rest..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..")
            .because("views and requests are the web's; services return their own records");

    static final ArchRule MODEL_USES_NO_OTHER_LAYER = noClasses().that().resideInAPackage(ROOT + ".model..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".service..", ROOT + ".repository..",
                    ROOT + ".messaging..", ROOT + ".config..", ROOT + ".rest..")
            .because("entities and pure rules know nothing of use cases, storage or the wire");

    @Test
    void theWholeServiceIsImported() {
        for (String layer : List.of("rest", "service", "model", "repository", "messaging.in", "messaging.out", "config")) {
            assertTrue(CLASSES.containPackage(ROOT + "." + layer), "no class imported from " + layer);
        }
    }

    @Test
    void theRulesCatchAViolation() {
        // a model class (test sources only) that reaches into rest and service: both rules report it
        JavaClasses bad = new ClassFileImporter().importClasses(org.werving.selection.model.LayerViolationSample.class);
        assertTrue(NOTHING_BELOW_REST_USES_REST.evaluate(bad).hasViolation());
        assertTrue(MODEL_USES_NO_OTHER_LAYER.evaluate(bad).hasViolation());
        assertFalse(NOTHING_BELOW_REST_USES_REST.evaluate(new ClassFileImporter()
                .importClasses(org.werving.selection.model.StageVerdicts.class)).hasViolation());
    }

    @Test
    void nothingBelowRestImportsFromRest() {
        check(NOTHING_BELOW_REST_USES_REST);
    }

    @Test
    void theModelDependsOnNoOtherLayer() {
        check(MODEL_USES_NO_OTHER_LAYER);
    }

    @Test
    void repositoriesKnowOnlyTheModel() {
        check(noClasses().that().resideInAPackage(ROOT + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".service..", ROOT + ".messaging..",
                        ROOT + ".rest.."));
    }

    @Test
    void servicesDoNotCallTheConsumersNorTheWeb() {
        check(noClasses().that().resideInAPackage(ROOT + ".service..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Consumer")
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".rest..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Resource"));
    }

    @Test
    void publishedEventsAreRecordsThatDependOnNothingOfOurs() {
        check(classes().that().resideInAPackage(ROOT + ".messaging.out..")
                .and().doNotHaveSimpleName("Aggregates")
                .should().beRecords()
                .because("one record per published event type, no maps and no web views on the wire"));
        check(noClasses().that().resideInAPackage(ROOT + ".messaging.out..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".service..", ROOT + ".rest..",
                        ROOT + ".repository..", ROOT + ".messaging.in.."));
    }

    @Test
    void onlyConsumersListenAndOnlyTheRestLayerServesHttp() {
        check(classes().that().areAnnotatedWith("jakarta.ws.rs.Path").should().resideInAPackage(ROOT + ".rest.."));
        check(classes().that().haveSimpleNameEndingWith("Consumer").should().resideInAPackage(ROOT + ".messaging.in.."));
        check(classes().that().haveSimpleNameEndingWith("Repository").should().resideInAPackage(ROOT + ".repository.."));
    }

    @Test
    void configurationIsTypedInTheConfigPackage() {
        check(noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.eclipse.microprofile.config.ConfigProvider")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("org.eclipse.microprofile.config.inject.ConfigProperty")
                .because("settings are read through the @ConfigMapping interfaces of the config package"));
        check(classes().that().areAnnotatedWith("io.smallrye.config.ConfigMapping")
                .should().resideInAPackage(ROOT + ".config.."));
    }
}
