package org.werving.selection.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.werving.selection.SelectionFixtures.PATIENCE;
import static org.werving.selection.SelectionFixtures.awaitStatus;
import static org.werving.selection.SelectionFixtures.candidateApplied;
import static org.werving.selection.SelectionFixtures.candidateEvent;
import static org.werving.selection.SelectionFixtures.hr;
import static org.werving.selection.SelectionFixtures.juror;
import static org.werving.selection.SelectionFixtures.produce;
import static org.werving.selection.SelectionFixtures.vacancyEvent;
import static org.werving.selection.SelectionFixtures.vacancyPublished;

/**
 * A juror of one procedure asking about another gets 403 before any 404: an unknown stage of a procedure they
 * do not judge tells them nothing. A juror of the procedure itself still hears that a stage does not exist.
 */
@QuarkusTest
class JurorOfAnotherProcedureTest {
    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private UUID procedureWithOneCandidate(UUID application) {
        UUID vacancy = UUID.randomUUID();
        produce(bootstrap, vacancyEvent(vacancy, vacancyPublished(vacancy)));
        await().atMost(PATIENCE).untilAsserted(() -> hr().get("/procedures/" + vacancy + "/candidacies")
                .then().statusCode(200));
        produce(bootstrap, candidateEvent(application, candidateApplied(application, vacancy, false, "B", 0)));
        awaitStatus(application, "IN_STAGE");
        return vacancy;
    }

    @Test
    void aJurorOfAnotherProcedureGets403BeforeAny404() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        UUID own = procedureWithOneCandidate(mine);
        UUID other = procedureWithOneCandidate(theirs);
        hr().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("subject", "juror.own", "external", true))))
                .put("/procedures/" + own + "/stages/1/jury").then().statusCode(200);

        // the other procedure: 403 for its known stage and for a stage it does not have, on every juror endpoint
        for (int stage : List.of(1, 9)) {
            juror("juror.own").contentType(ContentType.JSON).body(Map.of("score", 70))
                    .post("/candidacies/" + theirs + "/stages/" + stage + "/jury-scores").then().statusCode(403)
                    .contentType(PROBLEM).body("type", equalTo("urn:werving:problem:not-assigned"));
            juror("juror.own").contentType(ContentType.JSON)
                    .body(Map.of("scores", List.of(Map.of("score", 70))))
                    .put("/candidacies/" + theirs + "/stages/" + stage + "/score-sheet").then().statusCode(403)
                    .body("type", equalTo("urn:werving:problem:not-assigned"));
            juror("juror.own").get("/procedures/" + other + "/stages/" + stage + "/jury").then().statusCode(403);
            juror("juror.own").get("/procedures/" + other + "/stages/" + stage + "/candidacies").then().statusCode(403);
        }
        // a procedure that does not exist at all: the same 403
        juror("juror.own").get("/procedures/" + UUID.randomUUID() + "/stages/1/jury").then().statusCode(403);

        // their own procedure: a stage it does not have is 404, their own stage lets them score
        juror("juror.own").contentType(ContentType.JSON).body(Map.of("score", 70))
                .post("/candidacies/" + mine + "/stages/9/jury-scores").then().statusCode(404).contentType(PROBLEM);
        juror("juror.own").contentType(ContentType.JSON).body(Map.of("score", 70))
                .post("/candidacies/" + mine + "/stages/1/jury-scores").then().statusCode(200)
                .body("member", equalTo("juror.own"));
        // HR is not a juror: the other procedure's unknown stage is a plain 404
        hr().contentType(ContentType.JSON).body(Map.of("member", "juror.own", "score", 70))
                .post("/candidacies/" + theirs + "/stages/9/jury-scores").then().statusCode(404);
    }
}
