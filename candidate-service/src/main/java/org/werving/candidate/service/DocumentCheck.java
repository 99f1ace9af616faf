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
            if (upload.content().length > maxBytes) {
                throw new ProblemException(413, "document-too-large", "Document too large",
                        field + " is " + upload.content().length + " bytes; at most " + maxBytes + " are accepted",
                        List.of(new Problem.FieldError(field, "must be at most " + maxBytes + " bytes")));
            }
            if (upload.content().length == 0) {
                throw ProblemException.invalid(field, "must not be empty");
            }
            String mediaType = DocumentTypes.detect(upload.content()).orElseThrow(() -> new ProblemException(415,
                    "document-type", "Unsupported document type",
                    field + " is not a PDF, DOCX or ODT document (judged by its content, not its name)",
                    List.of(new Problem.FieldError(field, "must be a PDF, DOCX or ODT document"))));
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

    private static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._-]", "_").trim();
        if (base.isEmpty()) {
            base = "document";
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
