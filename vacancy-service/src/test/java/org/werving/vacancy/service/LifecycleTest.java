package org.werving.vacancy.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.vacancy.Tokens.as;
import static org.werving.vacancy.Tokens.asHr;

/** Closing at the deadline exactly once across replicas; amendments recorded with who, when, why. */
@QuarkusTest
class LifecycleTest {
    @Inject
    DeadlineCloser closer;
    @Inject
    Pool pool;

    private String publishedVacancy(String title) {
        String id = asHr().contentType(ContentType.JSON).body(VacancyFixtures.complete(title)).post("/hr/vacancies")
                .then().statusCode(201).extract().path("id");
        asHr().post("/hr/vacancies/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private long count(String sql, Object... args) {
        return pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void twoConcurrentClosingRunsCloseADueVacancyOnceWithOneEvent() {
        String id = publishedVacancy("Deadline voorbij");
        // the deadline passes (publication refuses a deadline in the past, so move it in the database)
        pool.preparedQuery("UPDATE vacancy SET application_deadline = now() - interval '1 minute' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().indefinitely();

        // two replicas' jobs at the same moment, each in its own transaction on its own connection
        var results = Uni.combine().all().unis(closer.closeDue(), closer.closeDue()).asTuple().await().indefinitely();
        long winners = List.of(results.getItem1(), results.getItem2()).stream()
                .filter(ids -> ids.contains(UUID.fromString(id))).count();
        assertEquals(1, winners, "exactly one invocation closed it");
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = 'VacancyClosed'", id));
        // and a later run does nothing more
        closer.closeDue().await().indefinitely();
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = 'VacancyClosed'", id));

        given().get("/vacancies/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));
        asHr().get("/hr/vacancies/" + id).then().body("internal.closedBy", equalTo(DeadlineCloser.ACTOR))
                .body("internal.closeReason", equalTo(DeadlineCloser.REASON));
    }

    @Test
    void amendmentsAfterPublicationAreRecordedWithWhoWhenWhyAndPublished() {
        String draft = asHr().contentType(ContentType.JSON).body(VacancyFixtures.complete("Amendement")).post("/hr/vacancies")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> amendment = Map.of("reason", "Pass mark of part 1 corrected to 60/100",
                "stages", List.of(
                        Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 60),
                        Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true, "passMark", 60)));
        as("hr.amender", "hr").contentType(ContentType.JSON).body(amendment).post("/hr/vacancies/" + draft + "/amendments")
                .then().statusCode(409).body("type", equalTo("urn:werving:problem:vacancy-status"));
        asHr().post("/hr/vacancies/" + draft + "/publish").then().statusCode(200);
        // after publication the draft edit is refused: only an amendment changes it
        asHr().contentType(ContentType.JSON).body(VacancyFixtures.complete("Amendement")).put("/hr/vacancies/" + draft)
                .then().statusCode(409);
        as("hr.amender", "hr").contentType(ContentType.JSON).body(Map.of("stages", List.of()))
                .post("/hr/vacancies/" + draft + "/amendments").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("hr.amender", "hr").contentType(ContentType.JSON).body(Map.of("reason", "leeg", "stages", List.of()))
                .post("/hr/vacancies/" + draft + "/amendments").then().statusCode(422).body("errors.field", hasItem("stages"));

        as("hr.amender", "hr").contentType(ContentType.JSON).body(amendment).post("/hr/vacancies/" + draft + "/amendments")
                .then().statusCode(200).body("stages[0].passMark", equalTo(60)).body("internal.updatedBy", equalTo("hr.amender"));
        as("dash.board", "dashboard").get("/hr/vacancies/" + draft + "/audit").then().statusCode(200)
                .body("action", hasItems("CREATED", "PUBLISHED", "AMENDED"))
                .body("find { it.action == 'AMENDED' }.actor", equalTo("hr.amender"))
                .body("find { it.action == 'AMENDED' }.reason", equalTo("Pass mark of part 1 corrected to 60/100"))
                .body("find { it.action == 'AMENDED' }.changed", hasItem("stages"))
                .body("find { it.action == 'CREATED' }.actor", equalTo("hr.test"));
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = 'VacancyAmended'", draft));
    }

    @Test
    void closedThenFilledThenArchivedAndTheRefusals() {
        String draft = asHr().contentType(ContentType.JSON).body(VacancyFixtures.complete("Levensloop")).post("/hr/vacancies")
                .then().statusCode(201).extract().path("id");
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + draft + "/archive").then().statusCode(409)
                .body("type", equalTo("urn:werving:problem:vacancy-status"));
        asHr().post("/hr/vacancies/" + draft + "/publish").then().statusCode(200);
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + draft + "/filled").then().statusCode(409);
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + draft + "/close").then().statusCode(200);
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + draft + "/close").then().statusCode(409);
        asHr().contentType(ContentType.JSON).body(Map.of("reason", "twee collega's aangesteld"))
                .post("/hr/vacancies/" + draft + "/filled").then().statusCode(200).body("status", equalTo("FILLED"));
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + draft + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        as("dash.board", "dashboard").get("/hr/vacancies?status=ARCHIVED&size=200").then().statusCode(200)
                .body("id", hasItem(draft));
        as("dash.board", "dashboard").get("/hr/vacancies?status=BOGUS").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as("dash.board", "dashboard").get("/hr/vacancies/" + draft + "/audit").then()
                .body("action", hasItems("CREATED", "PUBLISHED", "CLOSED", "FILLED", "ARCHIVED"));
        // every lifecycle step is announced once, in write order, from the outbox
        assertEquals(List.of("VacancyPublished", "VacancyClosed", "VacancyFilled", "VacancyArchived"),
                pool.preparedQuery("SELECT type FROM outbox_event WHERE aggregate_id = $1 ORDER BY seq").execute(Tuple.of(draft))
                        .await().indefinitely().stream().map(r -> r.getString(0)).toList());
        String filled = payload(draft, "VacancyFilled");
        assertTrue(filled.contains("\"reason\":\"twee collega's aangesteld\""), filled);
        assertTrue(filled.contains("\"filledBy\":\"hr.test\"") && filled.contains("\"seats\":2"), filled);
        String archived = payload(draft, "VacancyArchived");
        assertTrue(archived.contains("\"previousStatus\":\"FILLED\"") && archived.contains("\"archivedBy\":\"hr.test\""), archived);
    }

    @Test
    void aClosedVacancyIsArchivedWithoutBeingFilled() {
        String id = publishedVacancy("Archief zonder aanstelling");
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/close").then().statusCode(200);
        asHr().contentType(ContentType.JSON).body(Map.of("reason", "procedure stopgezet")).post("/hr/vacancies/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));
        asHr().contentType(ContentType.JSON).body("{}").post("/hr/vacancies/" + id + "/filled").then().statusCode(409);
        String archived = payload(id, "VacancyArchived");
        assertTrue(archived.contains("\"previousStatus\":\"CLOSED\"") && archived.contains("\"reason\":\"procedure stopgezet\""), archived);
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = 'VacancyFilled'", id));
    }

    private String payload(String id, String type) {
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = $1 AND type = $2", id, type), type);
        return pool.preparedQuery("SELECT payload FROM outbox_event WHERE aggregate_id = $1 AND type = $2")
                .execute(Tuple.of(id, type)).await().indefinitely().iterator().next().getString(0);
    }
}
