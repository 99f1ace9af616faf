package org.werving.vacancy.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.werving.vacancy.Tokens.as;
import static org.werving.vacancy.Tokens.asHr;

/**
 * The competency catalogue: seeded by migration, public to read, maintained by administrators;
 * publication refuses a competency that is not in it, and the vacancy keeps its own definition.
 */
@QuarkusTest
class CompetencyCatalogueTest {

    @Test
    void theCatalogueIsSeededWithTheNamesOfThePostingsAndADefaultDefinition() {
        given().get("/competencies").then().statusCode(200)
                .body("name", hasItems("Klantgerichtheid", "Samenwerken", "Resultaatgerichtheid", "Wendbaarheid",
                        "Integriteit", "Communiceren", "Adviseren", "Plannen en organiseren", "Leiding geven",
                        "Zelfstandig werken", "Innovatie en creativiteit", "Kwaliteitsvol werken", "Empathisch handelen"))
                .body("find { it.name == 'Leiding geven' }.definition",
                        equalTo("Functioneel leidinggeven. Je stuurt je team taakgericht aan op korte termijn."))
                .body("findAll { it.definition == null || it.definition == '' }", hasSize(0));
    }

    @Test
    void publicationRefusesACompetencyOutsideTheCatalogueUntilAnAdministratorAddsIt() {
        String name = "Veerkracht " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(VacancyFixtures.complete("Competentiecatalogus"));
        body.put("competencies", List.of(
                Map.of("name", "klantgerichtheid", "definition", "Eigen definitie van deze vacature."),
                Map.of("name", name, "definition", "Je blijft overeind onder druk.")));
        String id = asHr().contentType(ContentType.JSON).body(body).post("/hr/vacancies").then().statusCode(201)
                .extract().path("id");

        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:werving:problem:vacancy-incomplete"))
                .body("errors.field", equalTo(List.of("competencies[1].name")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(name));
        asHr().get("/hr/vacancies/" + id).then().body("status", equalTo("DRAFT"));

        // hr may not extend the catalogue; an administrator may
        asHr().contentType(ContentType.JSON).body(Map.of("definition", "x")).put("/admin/competencies/" + name)
                .then().statusCode(403);
        as("admin.catalogue", "admin").contentType(ContentType.JSON).body(Map.of("definition", " "))
                .put("/admin/competencies/" + name).then().statusCode(400).body("errors.field", hasItem("definition"));
        as("admin.catalogue", "admin").contentType(ContentType.JSON)
                .body(Map.of("definition", "Je blijft doelgericht werken onder druk en herstelt snel van tegenslag."))
                .put("/admin/competencies/" + name).then().statusCode(200).body("name", equalTo(name));
        given().get("/competencies").then().body("name", hasItem(name));

        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        // the vacancy keeps its own definitions (and spelling), not the catalogue's
        given().get("/vacancies/" + id).then().statusCode(200)
                .body("competencies[0].name", equalTo("klantgerichtheid"))
                .body("competencies[0].definition", equalTo("Eigen definitie van deze vacature."))
                .body("competencies[1].definition", equalTo("Je blijft overeind onder druk."));
    }

    @Test
    void anAdministratorRedefinesAnEntryCaseInsensitivelyWithoutDuplicatingIt() {
        String name = "Stressbestendigheid " + UUID.randomUUID().toString().substring(0, 8);
        as("admin.catalogue", "admin").contentType(ContentType.JSON).body(Map.of("definition", "eerste"))
                .put("/admin/competencies/" + name).then().statusCode(200);
        as("admin.catalogue", "admin").contentType(ContentType.JSON).body(Map.of("definition", "tweede"))
                .put("/admin/competencies/" + name.toUpperCase()).then().statusCode(200)
                .body("name", equalTo(name)).body("definition", equalTo("tweede"));
        given().get("/competencies").then()
                .body("findAll { it.name.equalsIgnoreCase('" + name + "') }", hasSize(1))
                .body("find { it.name == '" + name + "' }.definition", equalTo("tweede"))
                .body("name", not(hasItem(name.toUpperCase())));
    }
}
