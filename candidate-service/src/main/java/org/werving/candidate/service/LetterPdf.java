package org.werving.candidate.service;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.werving.candidate.service.DecisionLetterText.Content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision letter as an A4 PDF: sender and date, subject, salutation, the decision with its motivation,
 * the results, the appeal notice, the greeting. Helvetica (WinAnsi, enough for Dutch); text is wrapped at
 * spaces only, so reading it back gives the words as they were; a character the font lacks becomes '?'.
 */
public final class LetterPdf {
    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 10.5f;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    private LetterPdf() {
    }

    public static byte[] render(Content letter) {
        LetterPdf pdf = new LetterPdf();
        try (PDDocument document = pdf.document) {
            document.getDocumentInformation().setTitle(letter.title());
            document.getDocumentInformation().setProducer("werving");
            pdf.write(letter);
            pdf.stream.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Content letter) {
        text(bold, SIZE, letter.sender());
        text(regular, SIZE, "Datum: " + letter.date());
        gap(18);
        text(bold, 13, letter.title());
        if (letter.withdrawal() != null) { // before anything else: this decision no longer holds
            gap(8);
            text(bold, SIZE, letter.withdrawal());
        }
        gap(12);
        text(regular, SIZE, letter.salutation() + ",");
        gap(6);
        text(regular, SIZE, letter.introduction());
        section("Beslissing en motivering", letter.decision());
        if (!letter.results().isEmpty()) {
            gap(10);
            text(bold, SIZE, "Je resultaten");
            letter.results().forEach(line -> text(regular, SIZE, "- " + line));
        }
        section("Bezwaar", letter.appealNotice());
        gap(14);
        text(regular, SIZE, letter.closing() + ",");
        text(regular, SIZE, letter.sender());
    }

    private void section(String heading, String body) {
        gap(10);
        text(bold, SIZE, heading);
        text(regular, SIZE, body);
    }

    private void gap(float points) {
        y -= points;
    }

    private void text(PDType1Font font, float size, String text) {
        for (String line : wrap(font, size, drawable(font, text == null ? "" : text))) {
            if (stream == null || y - size * 1.4f < MARGIN) {
                newPage();
            }
            y -= size * 1.4f;
            try {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(PDType1Font font, float size, String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String line = "";
            for (String word : paragraph.split(" ")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(font, size, longer) > WIDTH) {
                    lines.add(line);
                    line = word;
                } else {
                    line = longer;
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot encode replaced by '?'. */
    private static String drawable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            out.append(c == '\n' || encodable(font, s) ? s : "?");
        });
        return out.toString();
    }

    private static boolean encodable(PDType1Font font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
