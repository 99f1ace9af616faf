package org.werving.infra;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * One mail as the catcher keeps it: decoded (quoted-printable and base64 undone, charsets applied,
 * encoded headers read), never the raw MIME. Attachments are kept by name, type and size only.
 */
record CaughtMail(long id, Instant receivedAt, Instant sentAt, String from, List<String> to, String subject,
        String text, List<Attachment> attachments, int size) {

    static final int MAX_TEXT = 100_000;
    private static final Session SESSION = Session.getInstance(new Properties());

    record Attachment(String name, String contentType, long size) {
    }

    boolean isFor(String address) {
        return to.stream().anyMatch(a -> a.equalsIgnoreCase(address.trim()));
    }

    static CaughtMail parse(long id, byte[] raw, List<String> envelopeRecipients) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Set<String> to = new LinkedHashSet<>();
            addAll(to, message.getRecipients(Message.RecipientType.TO));
            addAll(to, message.getRecipients(Message.RecipientType.CC));
            to.addAll(envelopeRecipients);
            Body body = new Body();
            body.read(message);
            return new CaughtMail(id, Instant.now(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    first(message.getFrom()), dedupe(to), message.getSubject() == null ? "" : message.getSubject(),
                    body.text(), List.copyOf(body.attachments), raw.length);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new CaughtMail(id, Instant.now(), null, "", List.copyOf(envelopeRecipients), "(unreadable mail)",
                    "The mail could not be read: " + e.getMessage(), List.of(), raw.length);
        }
    }

    private static void addAll(Set<String> into, Address[] addresses) {
        if (addresses != null) {
            for (Address address : addresses) {
                into.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
            }
        }
    }

    /** Header and envelope may name one address in another case: keep it once. */
    private static List<String> dedupe(Set<String> addresses) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String address : addresses) {
            if (seen.add(address.toLowerCase(Locale.ROOT))) {
                result.add(address);
            }
        }
        return List.copyOf(result);
    }

    private static String first(Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return "";
        }
        return addresses[0] instanceof InternetAddress internet ? internet.toUnicodeString() : addresses[0].toString();
    }

    /** Walks the MIME tree: the first plain text part is the body (else HTML without tags); named parts are attachments. */
    private static final class Body {
        private String plain;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void read(Part part) throws MessagingException, IOException {
            String fileName = part.getFileName();
            if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.add(new Attachment(fileName == null ? "(no name)" : fileName, baseType(part), size(part)));
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    read(child);
                }
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else if (!part.isMimeType("text/plain") && !part.isMimeType("text/html")) {
                attachments.add(new Attachment("(inline " + baseType(part) + ")", baseType(part), size(part)));
            }
        }

        String text() {
            String text = (plain != null ? plain : html != null ? stripTags(html) : "").replace("\r\n", "\n");
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "\n[… cut at " + MAX_TEXT + " characters]" : text;
        }

        private static String stripTags(String html) {
            return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</h\\d>", "\n")
                    .replaceAll("<[^>]+>", "")
                    .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                    .replaceAll("\n{3,}", "\n\n").trim();
        }

        private static String baseType(Part part) throws MessagingException {
            try {
                return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            } catch (MessagingException | RuntimeException e) {
                return "application/octet-stream";
            }
        }

        /** The decoded size in bytes (not the size of its base64 form). */
        private static long size(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                long total = 0;
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    total += n;
                }
                return total;
            }
        }
    }
}
