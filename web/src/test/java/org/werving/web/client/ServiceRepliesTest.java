package org.werving.web.client;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceRepliesTest {
    @Test
    void readsTheFreeSlotsInTheShapeSelectionServiceServes() {
        String json = """
                [{"id":"7d0f0c1e-4b7a-4e43-8a57-0a0d7a9b2c11","startsAt":"2026-12-22T08:00:00Z","durationMinutes":30,
                  "place":"Stadhuis, zaal 2","online":false,"freeSeats":2},
                 {"id":"1b5b1a2e-0c7e-4c52-9b11-5d3c2f4e6a77","startsAt":"2026-12-22T09:00:00+01:00","durationMinutes":45,
                  "place":null,"online":true,"freeSeats":1,"somethingNew":"ignored"}]""";
        List<Candidates.FreeSlot> slots = ServiceReplies.readList(Response.ok(json).build(), Candidates.FreeSlot.class);
        assertEquals(2, slots.size());
        assertEquals("Stadhuis, zaal 2", slots.get(0).place());
        assertFalse(slots.get(0).online());
        assertEquals(slots.get(0).startsAt().toInstant(), slots.get(1).startsAt().toInstant());
        assertTrue(slots.get(1).online());
        assertNull(slots.get(1).place());
    }

    @Test
    void readsTheFieldsOfAProblem() {
        String json = """
                {"type":"urn:werving:problem:validation","title":"Invalid request","status":400,
                 "detail":"email must be a well-formed email address",
                 "errors":[{"field":"email","message":"must be a well-formed email address"}]}""";
        Candidates.Problem problem = ServiceReplies.problem(Response.status(400).entity(json).build()).orElseThrow();
        assertEquals(List.of(new Candidates.FieldError("email", "must be a well-formed email address")),
                problem.fieldErrors());
        assertTrue(ServiceReplies.problem(Response.status(500).build()).isEmpty());
    }

    @Test
    void aProblemIsDutchWhenTheServiceSaysSo() {
        assertTrue(ServiceReplies.inDutch(Response.status(400).header("Content-Language", "nl").build()));
        assertTrue(ServiceReplies.inDutch(Response.status(400).header("Content-Language", "nl-BE").build()));
        assertFalse(ServiceReplies.inDutch(Response.status(400).header("Content-Language", "en").build()));
        assertFalse(ServiceReplies.inDutch(Response.status(400).build()));
    }
}
