package org.werving.candidate.mail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.werving.candidate.Broker;
import org.werving.candidate.Mails;
import org.werving.candidate.config.CandidateConfig;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.CandidateFixtures.application;
import static org.werving.candidate.CandidateFixtures.uniqueEmail;

/**
 * A decision mail carries its decision letter as PDF (issue 12), read back from the mail the real SMTP server
 * received: the refusal with its motivation and the appeal notice, the elimination, the place on the reserve, the
 * appointment; other
 * mails carry none.
 */
@QuarkusTest
class DecisionMailTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    MailRelay relay;
    @Inject
    CandidateConfig config;

    @Test
    void theRefusalAndThePlaceOnTheReserveAreMailedWithTheirLetter() throws Exception {
        String refused = uniqueEmail("refusal-pdf");
        String laureate = uniqueEmail("reserve-pdf");
        String out = uniqueEmail("eliminated-pdf");
        OffsetDateTime decided = Broker.now().plusMinutes(1);
        try (Broker broker = new Broker(bootstrap)) {
            UUID vacancy = broker.publishVacancy("Maatschappelijk werker", Broker.now().plusDays(20));
            String v = vacancy.toString();
            String refusedId = apply(vacancy, refused);
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, refusedId, "ScreeningFailed", decided,
                    Map.of("applicationId", refusedId, "vacancyId", v,
                            "motivation", "geen diploma van niveau B en geen 24 maanden relevante ervaring")));
            String outId = apply(vacancy, out);
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, outId, "CandidateEliminated", decided,
                    Map.of("applicationId", outId, "vacancyId", v, "stage", "Speedinterview",
                            "motivation", "48/100, minimum 60")));
            String laureateId = apply(vacancy, laureate);
            Broker.awaitProcessed(broker.send(Broker.SELECTION_TOPIC, laureateId, "SelectionPassed", decided,
                    Map.of("applicationId", laureateId, "vacancyId", v, "finalScore", 81.5)));
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, laureateId, "ReserveEntryCreated", decided,
                    Map.of("entryId", UUID.randomUUID().toString(), "vacancyId", v, "applicationId", laureateId,
                            "reserveType", "RECRUITMENT", "finalScore", 81.5, "validUntil", "2028-12-01")));
            Broker.awaitProcessed(broker.send(Broker.RESERVE_TOPIC, laureateId, "CandidateAppointed", decided,
                    Map.of("applicationId", laureateId, "vacancyId", v, "entryId", UUID.randomUUID().toString(),
                            "kind", "PERMANENT", "team", "Sociale dienst", "startDate", "2027-02-01")));
        }
        relay.sendPending(1000).await().atMost(Duration.ofSeconds(60));

        String date = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(decided.atZoneSameInstant(ZoneId.of("Europe/Brussels")));
        MimeMessage refusal = only(refused, "Je bent niet toegelaten");
        String refusalPdf = Mails.pdfText(refusal, "beslissing-not-admitted-" + date + ".pdf");
        assertTrue(refusalPdf.contains("Beslissing over je toelating tot de selectieprocedure"), refusalPdf);
        assertTrue(refusalPdf.contains("Niet toegelaten: geen diploma van niveau B en geen 24 maanden relevante ervaring"),
                refusalPdf);
        assertTrue(refusalPdf.contains("Bezwaar " + config.letters().appealNotice().trim().replaceAll("\\s+", " ")),
                refusalPdf);
        assertTrue(Mails.text(refusal).contains("Waarom: geen diploma van niveau B"), "the mail's own text stays");

        String reservePdf = Mails.pdfText(only(laureate, "Je bent opgenomen in de reserve"), "beslissing-reserve-" + date + ".pdf");
        assertTrue(reservePdf.contains("Beslissing: opname in de reserve")
                && reservePdf.contains("Opgenomen in de wervingsreserve, geldig tot 01-12-2028"), reservePdf);

        MimeMessage elimination = only(out, "Beslissing over je kandidatuur");
        String eliminationPdf = Mails.pdfText(elimination, "beslissing-eliminated-" + date + ".pdf");
        assertTrue(eliminationPdf.contains("48/100, minimum 60"), eliminationPdf);
        assertTrue(eliminationPdf.contains("Bezwaar"), eliminationPdf);
        assertTrue(Mails.text(elimination).contains("48/100, minimum 60"), "the mail says why too");

        MimeMessage appointment = Mails.to(laureate).stream()
                .filter(m -> Mails.attachmentNames(m).contains("beslissing-appointed-" + date + ".pdf")).findFirst()
                .orElseThrow(() -> new AssertionError("no appointment mail with its letter"));
        String appointedPdf = Mails.pdfText(appointment, "beslissing-appointed-" + date + ".pdf");
        assertTrue(appointedPdf.contains("Beslissing: aanstelling") && appointedPdf.contains("Bezwaar"), appointedPdf);

        MimeMessage receipt = only(refused, "We hebben je kandidatuur");
        assertEquals(List.of(), Mails.attachmentNames(receipt), "a mail that announces no decision carries no letter");
    }

    private static String apply(UUID vacancy, String email) {
        return given().contentType(ContentType.JSON).body(application(vacancy, email)).post("/applications")
                .then().statusCode(201).extract().path("id");
    }

    private static MimeMessage only(String address, String subjectPrefix) {
        List<MimeMessage> mails = Mails.to(address).stream().filter(m -> Mails.subject(m).startsWith(subjectPrefix)).toList();
        assertEquals(1, mails.size(), subjectPrefix + " once");
        return mails.get(0);
    }
}
