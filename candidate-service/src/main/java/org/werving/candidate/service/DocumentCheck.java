package org.werving.candidate.service;

import org.werving.candidate.model.ApplicationDocument;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The uploads of an application, checked before anything is written: size (413), not empty, content type by magic bytes (415). */
final class DocumentCheck {
    private DocumentCheck() {
    }

    static List<ApplicationDocument> check(List<Upload> uploads, long maxBytes) {
        List<ApplicationDocument> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            String field = ApplicationDocument.CV.equals(upload.kind()) ? "cv" : "motivationLetter";
            String label = ErrorTexts.label(field);
            if (upload.content().length > maxBytes) {
                String limit = ErrorTexts.megabytes(maxBytes);
                throw new ProblemException(413, "document-too-large", "Bestand te groot",
                        capitalise(label) + " is groter dan " + limit + ". Kies een kleiner bestand.",
                        List.of(new Problem.FieldError(field, "Dit bestand is te groot: " + label + " mag hoogstens "
                                + limit + " zijn.")));
            }
            if (upload.content().length == 0) {
                throw ErrorTexts.invalid(field, "Dit bestand is leeg: kies " + label + " opnieuw.");
            }
            String mediaType = DocumentTypes.detect(upload.content()).orElseThrow(() -> new ProblemException(415,
                    "document-type", "Soort bestand niet aanvaard",
                    capitalise(label) + " is geen pdf-, docx- of odt-document (we kijken naar de inhoud, niet naar de naam).",
                    List.of(new Problem.FieldError(field, capitalise(label) + " moet een pdf-, docx- of odt-document zijn."))));
            ApplicationDocument doc = new ApplicationDocument();
            doc.id = UUID.randomUUID();
            doc.kind = upload.kind();
            doc.fileName = safeName(upload.fileName());
            doc.mediaType = mediaType;
            doc.sizeBytes = upload.content().length;
            doc.content = upload.content();
            checked.add(doc);
        }
        return checked;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._-]", "_").trim();
        if (base.isEmpty()) {
            base = "document";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
