package org.werving.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sends real SMTP (Jakarta Mail's client) to the catcher and reads what it kept over HTTP. */
class MailCatcherTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private MailCatcher catcher;

    @BeforeEach
    void start() throws Exception {
        catcher = new MailCatcher(Ports.free(), Ports.free(), 25);
        catcher.start();
    }

    @AfterEach
    void stop() {
        catcher.stop();
    }

    @Test
    void decodesQuotedPrintableAndBase64AndListsAttachments() throws Exception {
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("selectie@werving.example", "Stad Werving"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("an.peeters@example.org"));
        message.setSubject("Je kandidatuur voor Werkvloerbegeleider is ontvangen – één stap", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Beste An,\n\nWe ontvingen je kandidatuur. Een lange regel die de encoder zeker breekt: "
                + "é".repeat(60) + "\n\nMet vriendelijke groeten", "UTF-8");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>HTML-versie</p>", "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart ics = new MimeBodyPart();
        ics.setDataHandler(new DataHandler(new ByteArrayDataSource("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")));
        ics.setFileName("afspraak.ics");
        ics.setHeader("Content-Transfer-Encoding", "base64");
        message.setContent(new MimeMultipart(body, ics));
        Transport.send(message);

        JsonNode mail = api("?to=AN.PEETERS@example.org").get("mails").get(0);
        assertEquals("Je kandidatuur voor Werkvloerbegeleider is ontvangen – één stap", mail.get("subject").asText());
        assertEquals("Stad Werving <selectie@werving.example>", mail.get("from").asText());
        assertEquals("an.peeters@example.org", mail.get("to").get(0).asText());
        String decoded = mail.get("text").asText();
        assertTrue(decoded.startsWith("Beste An,\n\nWe ontvingen je kandidatuur."), decoded);
        assertTrue(decoded.contains("é".repeat(60)), "quoted-printable undone: " + decoded);
        assertFalse(decoded.contains("=C3=A9"), decoded);
        assertEquals("afspraak.ics", mail.get("attachments").get(0).get("name").asText());
        assertEquals("text/calendar", mail.get("attachments").get(0).get("contentType").asText());
        assertEquals(32, mail.get("attachments").get(0).get("size").asLong(), "decoded size, not base64");
        assertFalse(mail.get("sentAt").isNull());

        String page = get("/?to=" + URLEncoder.encode("an.peeters@example.org", StandardCharsets.UTF_8));
        assertTrue(page.contains("Je kandidatuur voor Werkvloerbegeleider is ontvangen – één stap"), page);
        assertTrue(page.contains("é".repeat(60)), "the page shows decoded text");
        assertTrue(page.contains("afspraak.ics (text/calendar, 32 bytes)"), page);
        assertFalse(page.contains("Content-Transfer-Encoding"), "no raw MIME on the page");
    }

    @Test
    void keepsOnlyTheNewestMailsNewestFirstAndFiltersByRecipient() throws Exception {
        Session session = session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 1; i <= 40; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom("selectie@werving.example");
                String to = i % 2 == 0 ? "even@example.org" : "odd@example.org";
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                message.setSubject("mail " + i);
                message.setText(".line starting with a dot\nmail " + i, "UTF-8");
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        JsonNode all = api("");
        assertEquals(40, all.get("received").asInt());
        assertEquals(25, all.get("count").asInt(), "bounded to the newest 25");
        assertEquals("mail 40", all.get("mails").get(0).get("subject").asText(), "newest first");
        assertEquals("mail 16", all.get("mails").get(24).get("subject").asText(), "mails 1..15 dropped");
        assertTrue(all.get("mails").get(0).get("text").asText().startsWith(".line starting with a dot"), "dot-unstuffed");

        JsonNode odd = api("?to=odd@example.org");
        assertEquals(12, odd.get("count").asInt(), "odd mails 17..39 are kept");
        odd.get("mails").forEach(m -> assertEquals("odd@example.org", m.get("to").get(0).asText()));
        assertEquals(3, api("?to=even@example.org&limit=3").get("count").asInt());
        assertEquals(0, api("?to=nobody@example.org").get("count").asInt());

        HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(uri("/api/mails")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, delete.statusCode());
        assertEquals(0, api("").get("count").asInt());
    }

    private Session session() {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", String.valueOf(catcher.smtpPort()));
        return Session.getInstance(props);
    }

    private JsonNode api(String query) throws Exception {
        return JSON.readTree(get("/api/mails" + query));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + catcher.webPort() + path);
    }
}
