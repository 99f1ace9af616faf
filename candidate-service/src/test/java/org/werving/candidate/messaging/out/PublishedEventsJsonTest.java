package org.werving.candidate.messaging.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.candidate.model.Application;

import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the JSON field names of every event candidate-service publishes, written by the application's
 * own ObjectMapper (the outbox's): what docs/events.md names and the selection and reserve services
 * read. No personal data: no name, e-mail address or document.
 */
@QuarkusTest
class PublishedEventsJsonTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00Z");
    private static final UUID APPLICATION = UUID.fromString("5d0a0000-0000-4000-8000-000000000001");
    private static final UUID VACANCY = UUID.fromString("4f8d0000-0000-4000-8000-000000000002");

    @Inject
    ObjectMapper json;

    private JsonNode tree(Object event) throws Exception {
        return json.readTree(json.writeValueAsString(event));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void candidateAppliedCarriesIdsAndAdmissionFactsOnly() throws Exception {
        Application a = new Application();
        a.id = APPLICATION;
        a.vacancyId = VACANCY;
        a.appliedAt = AT;
        a.internal = true;
        a.firstName = "An";
        a.email = "an@example.org";
        a.diplomaLevel = "B";
        a.relevantExperienceMonths = 24;
        a.contractType = "STATUTORY";
        a.levelSeniorityMonths = 36;
        JsonNode applied = tree(CandidateApplied.of(a));
        assertEquals(Set.of("applicationId", "vacancyId", "appliedAt", "internal", "facts"), fields(applied));
        assertEquals(Set.of("diplomaLevel", "relevantExperienceMonths", "contractType", "currentLevel", "currentGrade",
                "levelSeniorityMonths", "gradeSeniorityMonths", "serviceSeniorityMonths",
                "levelSeniorityOtherLocalGovernmentMonths", "gradeSeniorityOtherLocalGovernmentMonths",
                "serviceSeniorityOtherLocalGovernmentMonths", "drivingLicence"), fields(applied.get("facts")));
        assertEquals("2026-12-01T10:00:00Z", applied.get("appliedAt").asText());
        assertEquals(36, applied.get("facts").get("levelSeniorityMonths").asInt());
        assertTrue(applied.get("facts").get("gradeSeniorityMonths").isNull(), "not given: null, still named");
        assertTrue(!applied.toString().contains("an@example.org") && !applied.toString().contains("\"An\""),
                "no personal data");
    }

    @Test
    void theOtherEvents() throws Exception {
        assertEquals(Set.of("applicationId", "vacancyId", "withdrawnAt"),
                fields(tree(new ApplicationWithdrawn(APPLICATION, VACANCY, AT))));
        assertEquals(Set.of("applicationId", "vacancyId", "erasedAt", "reason"),
                fields(tree(new CandidateDataErased(APPLICATION, VACANCY, AT, "REQUEST"))));
        JsonNode booking = tree(new SlotBookingRequested(APPLICATION, VACANCY, 2, UUID.randomUUID(), AT));
        assertEquals(Set.of("applicationId", "vacancyId", "stageOrder", "slotId", "requestedAt"), fields(booking));
        assertEquals(2, booking.get("stageOrder").asInt());
        JsonNode cancellation = tree(new SlotBookingCancellationRequested(APPLICATION, VACANCY, 2, AT));
        assertEquals(Set.of("applicationId", "vacancyId", "stageOrder", "requestedAt"), fields(cancellation));
        assertEquals(2, cancellation.get("stageOrder").asInt());
    }
}
