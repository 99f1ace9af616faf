package org.werving.system.web;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.werving.infra.DevTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What HR does through the APIs before a candidate sees it: publish vacancies, open time slots. */
final class Hr {
    private static final String TOKEN = DevTokens.issue("hr.web-test", Duration.ofHours(2), "hr");

    private Hr() {
    }

    static RequestSpecification asHr() {
        return given().auth().oauth2(TOKEN);
    }

    /** A posting shaped like the werkvloerbegeleider one: every section the detail page shows. */
    static Map<String, Object> werkvloerbegeleider(String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("title", "Werkvloerbegeleider sociale economie");
        body.put("formalTitle", "Deskundige werkvloerbegeleiding");
        body.put("directorate", "Dienstverlening en sociaal beleid");
        body.put("team", "Sociale economie");
        body.put("level", "B");
        body.put("salaryScale", "B1-B3");
        body.put("seats", 1);
        body.put("purpose", "Je begeleidt doelgroepwerknemers op de werkvloer naar duurzaam werk.");
        body.put("reportsTo", "de teamcoördinator sociale economie");
        body.put("responsibilities", List.of("Je leert doelgroepwerknemers de stiel in het groenonderhoud.",
                "Je volgt hun traject op samen met de trajectbegeleider."));
        body.put("teamDescription", "Een team van vijf begeleiders en veertig doelgroepwerknemers.");
        body.put("importantForFunction", List.of("Je bent geduldig en duidelijk.", "Je werkt graag buiten."));
        body.put("workDomains", List.of("Welzijn"));
        body.put("competencies", List.of(
                Map.of("name", "Klantgerichtheid", "definition", "Je speelt in op de vragen van de doelgroepwerknemer."),
                Map.of("name", "Samenwerken", "definition", "Je werkt vlot samen met collega's en partners.")));
        body.put("workplaces", List.of(Map.of("name", "Stadsatelier", "address", "Kortrijksesteenweg 12")));
        body.put("openHouses", List.of(Map.of("date", LocalDate.now().plusDays(5).toString(), "from", "10:30",
                "until", "11:30", "place", "Stadsatelier")));
        body.put("workingPattern", "Voltijds, dagwerk");
        body.put("offer", Map.of("contractType", "INDEFINITE", "salaryMin", 2996.10, "salaryMax", 4975.06,
                "benefits", List.of("Maaltijdcheques van 8 euro", "Fietsvergoeding")));
        body.put("reservePlan", Map.of("recruitment", true, "promotion", false, "validityMonths", 24, "extendable", true));
        body.put("contact", Map.of("officer", "de selectiedienst", "email", "selectie@werving.example",
                "phone", "056 00 00 00"));
        body.put("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).toString());
        body.put("admission", Map.of(
                "external", List.of(
                        Map.of("label", "bachelor", "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B"))),
                        Map.of("label", "ervaring en capaciteitstest", "conditions", List.of(
                                Map.of("type", "RELEVANT_EXPERIENCE", "minMonths", 12), Map.of("type", "CAPACITY_TEST")))),
                "internal", List.of(Map.of("label", "1 jaar niveau C bij een lokaal bestuur", "conditions", List.of(
                        Map.of("type", "LEVEL_SENIORITY", "level", "C", "minMonths", 12, "scope", "ANY_LOCAL_GOVERNMENT")))),
                "advantages", List.of(Map.of("description", "Een rijbewijs B is een voordeel.",
                        "condition", Map.of("type", "DRIVING_LICENCE", "licenceCategory", "B")))));
        body.put("stages", List.of(
                Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 60,
                        "tentativeFrom", LocalDate.now().plusDays(20).toString(),
                        "tentativeUntil", LocalDate.now().plusDays(22).toString()),
                Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true,
                        "passMark", 60)));
        return body;
    }

    static Map<String, Object> onthaal(String reference) {
        Map<String, Object> body = werkvloerbegeleider(reference);
        body.put("title", "Medewerker centraal onthaal");
        body.put("formalTitle", "Administratief medewerker");
        body.put("directorate", "Burgerzaken");
        body.put("team", "Onthaal");
        body.put("level", "C");
        body.put("salaryScale", "C1-C3");
        body.put("purpose", "Je ontvangt bezoekers aan de balie en verwijst hen door.");
        body.put("responsibilities", List.of("Je beantwoordt vragen aan de balie en de telefoon."));
        body.put("teamDescription", "Een team van acht onthaalmedewerkers.");
        return body;
    }

    static String publish(String vacancyUrl, Map<String, Object> body) {
        String id = asHr().contentType(ContentType.JSON).body(body).post(vacancyUrl + "/hr/vacancies")
                .then().statusCode(201).extract().path("id");
        asHr().post(vacancyUrl + "/hr/vacancies/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Opens a time slot of a stage as soon as selection-service knows the procedure; yields its id. */
    static String openSlot(String selectionUrl, String vacancyId, int stage, OffsetDateTime startsAt, String place) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(45)).until(() -> {
            var response = asHr().contentType(ContentType.JSON)
                    .body(Map.of("startsAt", startsAt.toString(), "durationMinutes", 30, "place", place, "capacity", 2))
                    .post(selectionUrl + "/procedures/" + vacancyId + "/stages/" + stage + "/slots");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            return false;
        });
        return id[0];
    }
}
