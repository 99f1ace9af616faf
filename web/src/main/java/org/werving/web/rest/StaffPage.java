package org.werving.web.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A staff page: HTML that no cache may keep (it carries names and scores). */
final class StaffPage {
    private StaffPage() {
    }

    static Response html(TemplateInstance page) {
        return html(page, 200);
    }

    static Response html(TemplateInstance page, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(page.render()).build();
    }
}
