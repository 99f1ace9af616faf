package org.werving.candidate.service;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTypesTest {

    @Test
    void recognisesByContentOnly() throws IOException {
        assertEquals(Optional.of(DocumentTypes.PDF), DocumentTypes.detect("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(DocumentTypes.DOCX), DocumentTypes.detect(zip("word/document.xml")));
        assertEquals(Optional.empty(), DocumentTypes.detect(zip("xl/workbook.xml")), "a spreadsheet is no letter");
        assertEquals(Optional.empty(), DocumentTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0}), "a Windows program");
        assertEquals(Optional.empty(), DocumentTypes.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DocumentTypes.detect(new byte[0]));
        assertEquals(Optional.empty(), DocumentTypes.detect(new byte[] {'P', 'K', 3, 4, 1, 2}), "a broken zip");
    }

    @Test
    void tokensAreLongRandomAndOnlyTheirHashIsKept() {
        String a = AccessTokens.generate();
        String b = AccessTokens.generate();
        assertNotEquals(a, b);
        assertTrue(a.length() >= 43);
        assertEquals(64, AccessTokens.hash(a).length());
        assertEquals(AccessTokens.hash(a), AccessTokens.hash(a));
        assertNotEquals(AccessTokens.hash(a), AccessTokens.hash(b));
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
