package org.werving.selection.rest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small writer of text documents as PDF: headings and paragraphs, wrapped to the page width, new pages as
 * needed, page numbers at the foot. The standard Helvetica fonts (WinAnsi: Dutch accents are fine); a
 * character they cannot draw is replaced by '?', never an error.
 */
final class PdfText implements AutoCloseable {
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String footer;
    private PDPageContentStream page;
    private float y;
    private int pages;

    PdfText(String title, String footer) {
        this.footer = footer;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setProducer("werving");
    }

    PdfText heading(String text) {
        space(10);
        lines(bold, 13, text);
        space(2);
        return this;
    }

    PdfText subheading(String text) {
        space(6);
        lines(bold, 10.5f, text);
        return this;
    }

    PdfText paragraph(String text) {
        lines(regular, 9.5f, text);
        return this;
    }

    PdfText item(String text) {
        lines(regular, 9.5f, "- " + text);
        return this;
    }

    byte[] toBytes() {
        try {
            finishPage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void space(float points) {
        y -= points;
    }

    private void lines(PDType1Font font, float size, String text) {
        for (String line : wrap(font, size, drawable(font, text == null ? "" : text))) {
            if (page == null || y - size * 1.35f < MARGIN + 20) {
                newPage();
            }
            y -= size * 1.35f;
            try {
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN, y);
                page.showText(line);
                page.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<String> wrap(PDType1Font font, float size, String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) > WIDTH && !line.isEmpty()) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot encode replaced by '?'. */
    static String drawable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (cp == '\t') {
                out.append(' ');
                return;
            }
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void newPage() {
        finishPage();
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        pages++;
        try {
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void finishPage() {
        if (page == null) {
            return;
        }
        try {
            page.beginText();
            page.setFont(regular, 8);
            page.newLineAtOffset(MARGIN, MARGIN - 20);
            page.showText(drawable(regular, footer + " - pagina " + pages));
            page.endText();
            page.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page = null;
    }
}
