package org.werving.candidate.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.werving.candidate.messaging.in.IncomingEvents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package plan of docs/architecture.md, enforced: {@code rest} (resources, request and view
 * records) on top; {@code service} (use cases); {@code model} (entities and pure rules);
 * {@code repository}; {@code messaging.in} (consumed event records and consumers);
 * {@code messaging.out} (published event records); {@code config}; {@code mail} (the mail outbox
 * and its relay, an outgoing adapter like messaging.out). Nothing below {@code rest} reaches into it.
 */
class PackagePlanTest {
    private static final String ROOT = "org.werving.candidate";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String pkg(String name) {
        return ROOT + "." + name + "..";
    }

    @Test
    void nothingBelowRestImportsFromRest() {
        noClasses().that().resideOutsideOfPackage(pkg("rest")).should().dependOnClassesThat().resideInAPackage(pkg("rest"))
                .because("views, requests and resources are the web's; services take and give model values")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(pkg("model")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("service"), pkg("repository"), pkg("messaging"), pkg("config"), pkg("rest"),
                        pkg("mail"))
                .check(classes);
    }

    @Test
    void repositoriesDependOnlyOnTheModel() {
        noClasses().that().resideInAPackage(pkg("repository")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("service"), pkg("messaging"), pkg("rest"), pkg("mail"))
                .check(classes);
    }

    @Test
    void publishedEventsAreRecordsOfTheModelOnly() {
        noClasses().that().resideInAPackage(pkg("messaging.out")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("service"), pkg("repository"), pkg("messaging.in"), pkg("rest"), pkg("mail"))
                .check(classes);
        classes().that().resideInAPackage(pkg("messaging.out")).and().areTopLevelClasses()
                .should().beAssignableTo(Record.class)
                .because("one record per published event type, never a map or a web view")
                .check(classes);
    }

    @Test
    void servicesDoNotReachIntoTheConsumers() {
        noClasses().that().resideInAPackage(pkg("service")).should().dependOnClassesThat(
                        JavaClass.Predicates.resideInAPackage(pkg("messaging.in"))
                                .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(IncomingEvents.class))))
                .because("consumers call the use cases, not the other way round (the consumed event records may be passed in)")
                .check(classes);
    }

    @Test
    void consumersGoThroughTheServices() {
        noClasses().that().resideInAPackage(pkg("messaging.in")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("repository"), pkg("rest"))
                .check(classes);
    }

    @Test
    void theMailAdapterKnowsOnlyTheModelAndTheConfiguration() {
        noClasses().that().resideInAPackage(pkg("mail")).should().dependOnClassesThat()
                .resideInAnyPackage(pkg("service"), pkg("repository"), pkg("messaging"), pkg("rest"))
                .check(classes);
    }
}
