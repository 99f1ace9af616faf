package org.werving.candidate.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises an upload by its content (magic bytes), never by its name: PDF ({@code %PDF-}), ODT (a
 * ZIP whose first, stored entry {@code mimetype} says {@value #ODT}) and DOCX (a ZIP holding
 * {@code word/document.xml}). Anything else, a renamed .exe included, is refused.
 */
public final class DocumentTypes {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private DocumentTypes() {
    }

    /** The media type the content really has, if it is one of the accepted ones. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC, 0)) {
            return Optional.of(PDF);
        }
        if (!startsWith(content, ZIP_MAGIC, 0)) {
            return Optional.empty();
        }
        // ODF: the first entry is "mimetype" (at offset 30), stored, its content right after the name
        byte[] mimetypeName = "mimetype".getBytes(StandardCharsets.US_ASCII);
        if (startsWith(content, mimetypeName, 30) && startsWith(content, ODT.getBytes(StandardCharsets.US_ASCII), 38)
                && (content.length == 38 + ODT.length() || content[38 + ODT.length()] == 'P')) {
            return Optional.of(ODT);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return Optional.of(DOCX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int offset) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
