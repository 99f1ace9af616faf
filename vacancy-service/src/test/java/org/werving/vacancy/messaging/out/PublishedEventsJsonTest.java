package org.werving.vacancy.messaging.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.VacancyFixtures;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyStatus;
import org.werving.vacancy.rest.VacancyMapper;
import org.werving.vacancy.rest.VacancyRequest;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the JSON of every event vacancy-service publishes, with the application's own ObjectMapper
 * (the one the outbox writes with): the field names that docs/events.md and docs/asyncapi.yaml name
 * and the consumers (candidate, selection and reserve services) read. Renaming or dropping a field
 * breaks a consumer; this test fails first.
 */
@QuarkusTest
class PublishedEventsJsonTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00Z");

    /** Every field of the vacancy snapshot when each has a value (docs/events.md, VacancyPublished). */
    private static final Set<String> SNAPSHOT_FIELDS = Set.of("id", "reference", "title", "formalTitle", "directorate",
            "team", "level", "salaryScale", "purpose", "seats", "status", "applicationDeadline", "admission", "stages",
            "reserveValidityMonths", "publishedAt", "closedAt", "reportsTo", "responsibilities", "teamDescription",
            "importantForFunction", "workDomains", "competencies", "workplaces", "openHouses", "workingPattern", "offer",
            "reservePlan", "contact");
    /** What the consumers' own copies read (candidate, selection, reserve). */
    private static final Set<String> READ_BY_CONSUMERS = Set.of("id", "reference", "title", "level", "directorate",
            "admission", "stages", "reserveValidityMonths", "reservePlan", "applicationDeadline", "publishedAt");

    @Inject
    ObjectMapper json;
    @Inject
    VacancyMapper mapper;

    private Vacancy vacancy() {
        Map<String, Object> body = new HashMap<>(VacancyFixtures.complete("Werkvloerbegeleider"));
        body.put("reportsTo", "Teamcoach");
        body.put("responsibilities", List.of("Je begeleidt"));
        body.put("teamDescription", "Een warm team");
        body.put("importantForFunction", List.of("Rijbewijs B"));
        body.put("workDomains", List.of("groen"));
        body.put("competencies", List.of(Map.of("name", "Samenwerken", "definition", "Je werkt samen.")));
        body.put("workplaces", List.of(Map.of("name", "Depot", "address", "Straat 1")));
        body.put("openHouses", List.of(Map.of("date", "2026-12-10", "from", "10:30", "until", "11:30", "place", "Depot")));
        body.put("workingPattern", "voltijds");
        body.put("offer", Map.of("contractType", "INDEFINITE"));
        body.put("reservePlan", Map.of("recruitment", true, "promotion", false, "extendable", true));
        body.put("contact", Map.of("officer", "Selectieteam", "email", "selectie@werving.example"));
        Vacancy v = mapper.toContent(json.convertValue(body, VacancyRequest.class));
        v.id = UUID.fromString("4f8d0a52-0000-4000-8000-000000000001");
        v.status = VacancyStatus.PUBLISHED;
        v.createdAt = AT;
        v.createdBy = "hr.demo";
        v.publishedAt = AT;
        v.publishedBy = "hr.demo";
        v.closedAt = AT.plusDays(1);
        v.seatsFilled = 1;
        return v;
    }

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
    void vacancyPublishedIsTheFlatSnapshotWithTheSameJsonAsBefore() throws Exception {
        Vacancy v = vacancy();
        JsonNode published = tree(VacancyPublished.of(v));
        assertEquals(new TreeSet<>(SNAPSHOT_FIELDS), fields(published));
        assertTrue(fields(published).containsAll(READ_BY_CONSUMERS));
        assertFalse(published.has("internal"), "nothing of the audit trail on the wire");
        assertFalse(published.has("vacancy"), "flat: not nested under 'vacancy'");
        // until the events got their own records, the payload was the public web view: same JSON, field for field
        assertEquals(tree(mapper.toView(v)), published);
        assertEquals("PUBLISHED", published.get("status").asText());
        assertEquals("2026-12-01T10:00:00Z", published.get("publishedAt").asText(), "ISO-8601 text, not a number");
    }

    @Test
    void fieldsWithoutAValueAreLeftOut() throws Exception {
        Vacancy v = vacancy();
        v.details = null;
        v.closedAt = null;
        JsonNode published = tree(VacancyPublished.of(v));
        assertFalse(published.has("closedAt"));
        assertFalse(published.has("offer"));
        assertTrue(published.has("seats"));
        assertEquals(tree(mapper.toView(v)), published);
    }

    @Test
    void vacancyAmendedCarriesTheChangeAndTheSnapshot() throws Exception {
        Vacancy v = vacancy();
        JsonNode amended = tree(new VacancyAmended(v.id, AT, "hr.demo", "pass mark corrected", List.of("stages"),
                VacancySnapshot.of(v)));
        assertEquals(Set.of("vacancyId", "amendedAt", "amendedBy", "reason", "changed", "vacancy"), fields(amended));
        assertEquals(tree(mapper.toView(v)), amended.get("vacancy"));
        assertEquals("stages", amended.get("changed").get(0).asText());
    }

    @Test
    void vacancyClosedFilledAndArchived() throws Exception {
        Vacancy v = vacancy();
        assertEquals(Set.of("vacancyId", "closedAt", "reason"), fields(tree(new VacancyClosed(v.id, AT, "closed by HR"))));

        JsonNode filled = tree(VacancyFilled.of(v, AT, "system:reserve-service", "last seat"));
        assertEquals(Set.of("vacancyId", "filledAt", "seats", "seatsFilled", "filledBy", "reason"), fields(filled));
        assertEquals(2, filled.get("seats").asInt());
        assertEquals(1, filled.get("seatsFilled").asInt());

        JsonNode archived = tree(VacancyArchived.of(v.id, AT, "FILLED", "hr.demo", "einde"));
        assertEquals(Set.of("vacancyId", "archivedAt", "previousStatus", "archivedBy", "reason"), fields(archived));
        assertEquals(Set.of("vacancyId", "archivedAt", "previousStatus", "archivedBy"),
                fields(tree(VacancyArchived.of(v.id, AT, "CLOSED", "hr.demo", " "))), "no reason given: left out");
    }
}
