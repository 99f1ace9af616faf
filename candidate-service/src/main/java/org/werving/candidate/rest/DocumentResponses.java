package org.werving.candidate.rest;

import jakarta.ws.rs.core.Response;
import org.werving.candidate.model.ApplicationDocument;

final class DocumentResponses {
    private DocumentResponses() {
    }

    /** A download: the stored content with its detected media type, never rendered inline. */
    static Response download(ApplicationDocument d) {
        return Response.ok(d.content, d.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName.replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
