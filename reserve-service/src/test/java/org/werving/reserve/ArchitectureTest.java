package org.werving.reserve;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package plan of docs/architecture.md, as a test: rest (resources, requests, views) on top; service (use
 * cases); model (entities and pure rules); repository; messaging.in (consumed events and their consumers);
 * messaging.out (published events); config (@ConfigMapping). Nothing below rest reaches into rest, the model
 * knows none of the layers, and configuration is typed.
 */
class ArchitectureTest {
    private static final String ROOT = "org.werving.reserve";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void everyClassLivesInAPackageOfThePlan() {
        check(classes().should().resideInAnyPackage(ROOT + ".rest", ROOT + ".service", ROOT + ".model",
                ROOT + ".repository", ROOT + ".messaging.in", ROOT + ".messaging.out", ROOT + ".config"));
    }

    @Test
    void nothingBelowRestImportsRest() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".rest")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest"));
    }

    @Test
    void theModelKnowsNoLayer() {
        check(noClasses().that().resideInAPackage(ROOT + ".model").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".service", ROOT + ".repository", ROOT + ".messaging..", ROOT + ".config"));
    }

    @Test
    void repositoriesKnowOnlyTheModel() {
        check(noClasses().that().resideInAPackage(ROOT + ".repository").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".service", ROOT + ".messaging..", ROOT + ".config"));
    }

    @Test
    void publishedEventsAreRecordsOfTheModelOnly() {
        check(noClasses().that().resideInAPackage(ROOT + ".messaging.out").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".service", ROOT + ".repository", ROOT + ".messaging.in", ROOT + ".config"));
        check(classes().that().resideInAPackage(ROOT + ".messaging.out").should().beRecords());
    }

    @Test
    void servicesDoNotReachIntoTheConsumers() {
        check(noClasses().that().resideInAPackage(ROOT + ".service").should().dependOnClassesThat()
                .haveSimpleNameEndingWith("Consumer"));
    }

    @Test
    void configurationIsTypedOnly() {
        check(noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.eclipse.microprofile.config.inject.ConfigProperty"));
        check(classes().that().resideInAPackage(ROOT + ".config").should().beInterfaces());
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
