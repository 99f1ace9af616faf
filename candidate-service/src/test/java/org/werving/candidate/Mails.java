package org.werving.candidate;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the test SMTP server (GreenMail) received, decoded: by recipient, subject, text and attachments. */
public final class Mails {
    private Mails() {
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpTestResource.smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the mail, decoded (quoted-printable, charset), whether or not it has attachments. */
    public static String text(MimeMessage message) {
        try {
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
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attachment named {@code fileName} with its content type, if the mail has it. */
    public static Optional<Attachment> attachment(MimeMessage message, String fileName) {
        try {
            if (!(message.getContent() instanceof MimeMultipart parts)) {
                return Optional.empty();
            }
            for (int i = 0; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                if (fileName.equals(part.getFileName())) {
                    try (var in = part.getInputStream()) {
                        return Optional.of(new Attachment(part.getContentType(), in.readAllBytes()));
                    }
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file names of the mail's attachments, in order. */
    public static List<String> attachmentNames(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof MimeMultipart parts)) {
                return List.of();
            }
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < parts.getCount(); i++) {
                String name = parts.getBodyPart(i).getFileName();
                if (name != null) {
                    names.add(name);
                }
            }
            return names;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the attached PDF {@code fileName}, every run of whitespace as one space. */
    public static String pdfText(MimeMessage mail, String fileName) {
        Attachment pdf = attachment(mail, fileName)
                .orElseThrow(() -> new AssertionError("no " + fileName + " in " + attachmentNames(mail)));
        if (!pdf.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf")) {
            throw new AssertionError(fileName + " is " + pdf.contentType());
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Attachment(String contentType, byte[] bytes) {
    }
}
