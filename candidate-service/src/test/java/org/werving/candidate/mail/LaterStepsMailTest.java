package org.werving.candidate.mail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.candidate.SmtpTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.asHr;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * The later steps of the procedure reach the candidate's timeline and mailbox (a real SMTP server):
 * the interview invitation with its .ics, the reserve's extension and expiry, the appointment.
 * Each mail once, also when the event is delivered twice.
 */
@QuarkusTest
class LaterStepsMailTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    MailRelay relay;
    @Inject
    Pool pool;

    @Test
    void theInterviewInvitationCarriesTheBookedSlotAsAnIcsAttachmentOnce() throws Exception {
        String email = uniqueEmail("ics");
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(20));
            String id = apply(vacancy, email);
            UUID slot = UUID.randomUUID();
            Map<String, Object> scheduled = new HashMap<>(Map.of("applicationId", id, "vacancyId", vacancy.toString(),
                    "stageOrder", 1, "stageName", "Speedinterview", "slotId", slot.toString(),
                    "startsAt", "2026-12-03T08:30:00Z", "durationMinutes", 20, "place", "Stadhuis, zaal 2"));
            scheduled.put("meetingLink", null);
            UUID eventId = UUID.randomUUID();
            String value = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(scheduled);
            broker.send(Broker.SELECTION_TOPIC, id, eventId, "InterviewScheduled", Broker.now(), value);
            Broker.awaitProcessed(eventId);
            // a redelivery of the same event: no second entry, no second mail
            broker.send(Broker.SELECTION_TOPIC, id, eventId, "InterviewScheduled", Broker.now(), value);
            UUID later = broker.send(Broker.SELECTION_TOPIC, id, "SomethingElse", Broker.now(), Map.of("x", 1));
            Broker.awaitProcessed(later);

            asHr().get("/applications/" + id).then().statusCode(200)
                    .body("status", equalTo("IN_PROCEDURE"))
                    .body("timeline.text", hasItem("Uitgenodigd voor Speedinterview op 03-12-2026 om 09:30 in Stadhuis, zaal 2"));
        }
        relay.sendPending(1000).await().atMost(Duration.ofSeconds(30));

        List<MimeMessage> invitations = mailsTo(email, "Uitnodiging");
        assertEquals(1, invitations.size(), "one invitation");
        MimeMessage invitation = invitations.get(0);
        assertEquals("Uitnodiging: Speedinterview voor Werkvloerbegeleider", invitation.getSubject());
        assertEquals(email, invitation.getRecipients(Message.RecipientType.TO)[0].toString());
        String ics = attachment(invitation, "afspraak.ics");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART:20261203T083000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20261203T085000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Speedinterview – Werkvloerbegeleider\r\n"), ics);
        assertTrue(ics.contains("\r\nLOCATION:Stadhuis\\, zaal 2\r\n"), ics);
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.strip().endsWith("END:VCALENDAR"), ics);
        String body = text(invitation);
        assertTrue(body.contains("Wanneer: 03-12-2026 om 09:30 (20 minuten)"), body);
        assertTrue(body.contains("Waar: Stadhuis, zaal 2"), body);
    }

    @Test
    void aCancelledMomentIsMailedWithAnIcsCancelOfTheSameAgendaItem() throws Exception {
        String email = uniqueEmail("cancel");
        String id;
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Werkvloerbegeleider", Broker.now().plusDays(20));
            id = apply(vacancy, email);
            UUID slot = UUID.randomUUID();
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "InterviewScheduled", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "stageOrder", 1, "stageName",
                            "Speedinterview", "slotId", slot.toString(), "startsAt", "2026-12-04T09:00:00Z",
                            "durationMinutes", 15, "meetingLink", "https://teams.example/s1")));
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, id, "InterviewCancelled", Broker.now(),
                    Map.of("applicationId", id, "vacancyId", vacancy.toString(), "stageOrder", 1, "stageName",
                            "Speedinterview", "slotId", slot.toString(), "startsAt", "2026-12-04T09:00:00Z",
                            "reason", "Een jurylid is ziek", "cancelledBy", "hr.demo")));
        }
        asHr().get("/applications/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROCEDURE"))
                .body("timeline.text", hasItem("Je afspraak voor Speedinterview op 04-12-2026 om 10:00 is geannuleerd: "
                        + "Een jurylid is ziek. Kies een nieuw moment."));
        relay.sendPending(1000).await().atMost(Duration.ofSeconds(30));

        List<MimeMessage> cancellations = mailsTo(email, "Geannuleerd");
        assertEquals(1, cancellations.size(), "one cancellation");
        assertEquals("Geannuleerd: Speedinterview voor Werkvloerbegeleider", cancellations.get(0).getSubject());
        assertTrue(text(cancellations.get(0)).contains("Een jurylid is ziek"), text(cancellations.get(0)));
        String cancel = attachment(cancellations.get(0), "afspraak.ics");
        String invite = attachment(mailsTo(email, "Uitnodiging").get(0), "afspraak.ics");
        assertTrue(cancel.contains("\r\nMETHOD:CANCEL\r\n") && cancel.contains("\r\nSTATUS:CANCELLED\r\n"), cancel);
        assertTrue(invite.contains("\r\nMETHOD:REQUEST\r\n"), invite);
        String uid = "\r\nUID:" + id + "-1@werving\r\n";
        assertTrue(cancel.contains(uid) && invite.contains(uid), "the cancellation names the invitation's agenda item");
    }

    @Test
    void aReserveHrEndsEarlyIsToldToItsLaureatesWithTheDecisionAndTheReason() throws Exception {
        String laureate = uniqueEmail("ended");
        String laureateId;
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Onthaalcoördinator", Broker.now().plusDays(20));
            laureateId = apply(vacancy, laureate);
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, UUID.randomUUID(), "ReserveEntryCreated", Broker.now(),
                    Map.of("entryId", UUID.randomUUID().toString(), "vacancyId", vacancy.toString(),
                            "applicationId", laureateId, "reserveType", "RECRUITMENT", "finalScore", 70,
                            "validUntil", "2029-12-31")));
            // the promotion reserve of the vacancy ends: not this laureate's
            UUID promotion = UUID.randomUUID();
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, promotion, "ReserveEnded", Broker.now(),
                    Map.of("reserveId", promotion.toString(), "vacancyId", vacancy.toString(), "reserveType", "PROMOTION",
                            "endedOn", "2029-03-15", "validUntil", "2029-12-31", "reason", "andere reden",
                            "decisionReference", "CBS/2029/8", "decisionDate", "2029-03-14",
                            "endedAt", "2029-03-15T10:00:00Z")));
            UUID reserve = UUID.randomUUID();
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, reserve, "ReserveEnded", Broker.now(),
                    Map.of("reserveId", reserve.toString(), "vacancyId", vacancy.toString(), "reserveType", "RECRUITMENT",
                            "endedOn", "2029-03-15", "validUntil", "2029-12-31", "reason", "De functie wordt geschrapt.",
                            "decisionReference", "CBS/2029/9", "decisionDate", "2029-03-14",
                            "endedAt", "2029-03-15T10:00:00Z")));
            asHr().get("/applications/" + laureateId).then().statusCode(200)
                    .body("timeline.text", equalTo(List.of("Kandidatuur ontvangen",
                            "Opgenomen in de wervingsreserve, geldig tot 31-12-2029",
                            "De wervingsreserve is beëindigd op 15-03-2029 (beslissing CBS/2029/9): De functie wordt "
                                    + "geschrapt.")));
            assertEquals(LocalDate.of(2029, 3, 15), reserveValidUntil(laureateId));
        }
        relay.sendPending(1000).await().atMost(Duration.ofSeconds(30));
        List<MimeMessage> ended = mailsTo(laureate, "De reserve voor Onthaalcoördinator is beëindigd");
        assertEquals(1, ended.size());
        String text = text(ended.get(0));
        assertTrue(text.contains("is beëindigd op 15-03-2029, bij beslissing CBS/2029/9."), text);
        assertTrue(text.contains("Reden: De functie wordt geschrapt."), text);
    }

    @Test
    void extensionAndExpiryOfTheReserveReachItsLaureatesOnlyAndTheAppointmentIsMailed() throws Exception {
        String laureate = uniqueEmail("laureate");
        String other = uniqueEmail("notonreserve");
        String laureateId;
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Teamcoach", Broker.now().plusDays(20));
            laureateId = apply(vacancy, laureate);
            String otherId = apply(vacancy, other);
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, UUID.randomUUID(), "ReserveEntryCreated", Broker.now(),
                    Map.of("entryId", UUID.randomUUID().toString(), "vacancyId", vacancy.toString(),
                            "applicationId", laureateId, "reserveType", "RECRUITMENT", "finalScore", 81,
                            "validUntil", "2028-12-31")));
            UUID reserve = UUID.randomUUID();
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, reserve, "ReserveExtended", Broker.now(),
                    Map.of("reserveId", reserve.toString(), "vacancyId", vacancy.toString(), "reserveType", "RECRUITMENT",
                            "decisionReference", "CBS/2028/117", "decisionDate", "2028-12-01",
                            "previousValidUntil", "2028-12-31", "validUntil", "2029-12-31")));
            assertEquals(LocalDate.of(2029, 12, 31), reserveValidUntil(laureateId));
            assertNull(reserveValidUntil(otherId));
            // the promotion reserve of the same vacancy is another reserve: not this laureate's
            UUID promotion = UUID.randomUUID();
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, promotion, "ReserveExpired", Broker.now(),
                    Map.of("reserveId", promotion.toString(), "vacancyId", vacancy.toString(), "reserveType", "PROMOTION",
                            "validUntil", "2029-06-30", "expiredAt", "2029-07-01T00:00:10Z")));
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, UUID.randomUUID(), "CandidateAppointed", Broker.now(),
                    Map.of("appointmentId", UUID.randomUUID().toString(), "vacancyId", vacancy.toString(),
                            "applicationId", laureateId, "entryId", UUID.randomUUID().toString(), "reserveId", reserve.toString(),
                            "kind", "TEMPORARY", "team", "Team Onthaal", "startDate", "2029-03-01", "endDate", "2029-06-30",
                            "reason", "vervanging zwangerschapsverlof")));
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, reserve, "ReserveExpired", Broker.now(),
                    Map.of("reserveId", reserve.toString(), "vacancyId", vacancy.toString(), "reserveType", "RECRUITMENT",
                            "validUntil", "2029-12-31", "expiredAt", "2030-01-01T00:00:41.5Z")));

            asHr().get("/applications/" + laureateId).then().statusCode(200)
                    .body("timeline.text", equalTo(List.of("Kandidatuur ontvangen",
                            "Opgenomen in de wervingsreserve, geldig tot 31-12-2028",
                            "De wervingsreserve is verlengd tot 31-12-2029 (beslissing CBS/2028/117)",
                            "Tijdelijk aangesteld in Team Onthaal van 01-03-2029 tot 30-06-2029 (vervanging zwangerschapsverlof)",
                            "De wervingsreserve is verlopen (geldig tot 31-12-2029)")));
            asHr().get("/applications/" + otherId).then().statusCode(200)
                    .body("timeline.text", equalTo(List.of("Kandidatuur ontvangen")));
        }
        relay.sendPending(1000).await().atMost(Duration.ofSeconds(30));

        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mailsTo(laureate, "")) {
            subjects.add(m.getSubject());
        }
        subjects.sort(null);
        assertEquals(List.of("De reserve voor Teamcoach is verlengd", "De reserve voor Teamcoach is verlopen",
                "Je bent opgenomen in de reserve voor Teamcoach", "Je wordt aangesteld als Teamcoach",
                "We hebben je kandidatuur voor Teamcoach goed ontvangen"), subjects);
        assertEquals(1, mailsTo(other, "").size(), "only the receipt for the candidate not on the reserve");
        String extended = text(mailsTo(laureate, "De reserve voor Teamcoach is verlengd").get(0));
        assertTrue(extended.contains("nu geldig tot 31-12-2029"), extended);
        String appointed = text(mailsTo(laureate, "Je wordt aangesteld").get(0));
        assertTrue(appointed.contains("in Team Onthaal"), appointed);
        assertTrue(appointed.contains("Reden: vervanging zwangerschapsverlof"), appointed);
    }

    private static String apply(UUID vacancy, String email) {
        return given().contentType(ContentType.JSON).body(application(vacancy, email)).post("/applications")
                .then().statusCode(201).extract().path("id");
    }

    private LocalDate reserveValidUntil(String applicationId) {
        return pool.preparedQuery("SELECT reserve_valid_until FROM application WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(applicationId))).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLocalDate(0);
    }

    static List<MimeMessage> mailsTo(String address, String subjectPrefix) {
        return Arrays.stream(SmtpTestResource.smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address))
                        && m.getSubject().startsWith(subjectPrefix);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String attachment(MimeMessage message, String fileName) throws Exception {
        Object content = message.getContent();
        assertTrue(content instanceof MimeMultipart, "a multipart mail with an attachment");
        MimeMultipart parts = (MimeMultipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                assertTrue(part.getContentType().toLowerCase().startsWith("text/calendar"), part.getContentType());
                try (var in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no attachment " + fileName);
    }

    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        MimeMultipart parts = (MimeMultipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return String.valueOf(part.getContent());
            }
        }
        throw new AssertionError("no text part");
    }
}
