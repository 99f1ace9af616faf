package org.werving.system;

import com.icegreen.greenmail.util.GreenMail;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * What a candidate was told, read back as they read it: the mails the SMTP server caught (text and attachments),
 * and the decision letters candidate-service lists, each downloaded as PDF and read back with PDFBox (issue 12).
 */
final class Correspondence {
    private Correspondence() {
    }

    /** A caught mail: subject, plain text and its attachments. */
    record Mail(String subject, String text, List<Attachment> attachments) {
        /** Everything the candidate reads in it: subject, text and every PDF's text. */
        String everything() {
            StringBuilder all = new StringBuilder(subject).append('\n').append(text);
            attachments.stream().filter(Attachment::isPdf).forEach(a -> all.append('\n').append(pdfText(a.content())));
            return all.toString();
        }
    }

    record Attachment(String fileName, String contentType, byte[] content) {
        boolean isPdf() {
            return contentType.startsWith("application/pdf");
        }
    }

    /** A decision letter as listed, with the text of its PDF. */
    record Letter(String kind, String title, String withdrawnAt, String text) {
    }

    /** The mails caught for {@code address}, in the order they came. */
    static List<Mail> mailsTo(GreenMail smtp, String address) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
                    mails.add(read(message));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("caught mail not readable", e);
            }
        }
        return mails;
    }

    private static Mail read(MimeMessage message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        List<Attachment> attachments = new ArrayList<>();
        walk(message, text, attachments);
        return new Mail(message.getSubject(), text.toString().replace("\r\n", "\n"), attachments);
    }

    private static void walk(Part part, StringBuilder text, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                attachments.add(new Attachment(part.getFileName(), part.getContentType().toLowerCase(), in.readAllBytes()));
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, text, attachments);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }

    /** The decision letters HR lists for the application, each read back from its PDF. */
    static List<Letter> letters(String candidateService, String hrToken, String applicationId) {
        JsonPath list = given().auth().oauth2(hrToken).get(candidateService + "/applications/" + applicationId + "/letters")
                .then().statusCode(200).extract().jsonPath();
        List<Letter> letters = new ArrayList<>();
        for (int i = 0; i < list.getList("id").size(); i++) {
            byte[] pdf = given().auth().oauth2(hrToken).accept("application/pdf")
                    .get(candidateService + "/applications/" + applicationId + "/letters/" + list.getString("[" + i + "].id"))
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            letters.add(new Letter(list.getString("[" + i + "].kind"), list.getString("[" + i + "].title"),
                    list.getString("[" + i + "].withdrawnAt"), pdfText(pdf)));
        }
        return letters;
    }

    /** A PDF's text, every run of white space (the PDF's line wrapping too) as one space. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with every run of white space as one space, for comparing what is wrapped differently. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
