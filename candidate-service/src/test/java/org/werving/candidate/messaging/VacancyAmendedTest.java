package org.werving.candidate.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.asHr;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/** VacancyAmended updates the read model's title and deadline; a vacancy closed by VacancyClosed stays closed. */
@QuarkusTest
class VacancyAmendedTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aLaterDeadlineTakesApplicationsAgainAndTheNewTitleShows() {
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().minusHours(1));
            apply(vacancy).then().statusCode(409).body("type", equalTo("urn:werving:problem:vacancy-closed"));

            amend(broker, vacancy, "Werkvloerbegeleider (m/v/x)", "PUBLISHED", Broker.now().plusDays(10));
            String id = apply(vacancy).then().statusCode(201).extract().path("id");
            asHr().get("/applications/" + id).then().statusCode(200).body("vacancyTitle", equalTo("Werkvloerbegeleider (m/v/x)"));

            // an earlier deadline that has passed: closed to applications again
            amend(broker, vacancy, "Werkvloerbegeleider (m/v/x)", "PUBLISHED", Broker.now().minusMinutes(5));
            apply(vacancy).then().statusCode(409);
        }
    }

    @Test
    void aVacancyClosedByHrStaysClosedWhateverTheNewDeadline() {
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Teamcoach", Broker.now().plusDays(5));
            broker.closeVacancy(vacancy);
            amend(broker, vacancy, "Teamcoach", "CLOSED", Broker.now().plusDays(30));
            apply(vacancy).then().statusCode(409).body("type", equalTo("urn:werving:problem:vacancy-closed"));
        }
    }

    private static io.restassured.response.Response apply(UUID vacancy) {
        return given().contentType(ContentType.JSON).body(application(vacancy, uniqueEmail("amended"))).post("/applications");
    }

    private static void amend(Broker broker, UUID vacancy, String title, String status, OffsetDateTime deadline) {
        Map<String, Object> view = Broker.vacancyPublished(vacancy, title, deadline);
        view.put("status", status);
        Broker.awaitProcessed(broker.send(Broker.VACANCY_TOPIC, vacancy, "VacancyAmended", Broker.now(),
                Map.of("vacancyId", vacancy.toString(), "amendedAt", Broker.now().toString(), "amendedBy", "hr.demo",
                        "reason", "deadline extended", "changed", List.of("applicationDeadline"), "vacancy", view)));
    }
}
