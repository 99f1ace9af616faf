package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.werving.web.client.ServiceReplies;

/** Every failure is a Dutch page without codes or traces; the log gets the reason, never a query string. */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;

    public ErrorPages(@Location("fout.html") Template error) {
        this.error = error;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "niet-gevonden");
    }

    @ServerExceptionMapper
    public Response notSignedIn(SelfServicePages.NotSignedIn e) {
        return page(403, "geen-sessie");
    }

    @ServerExceptionMapper
    public Response staffNotSignedIn(org.werving.web.staff.StaffSessions.NotSignedIn e) {
        return Response.seeOther(java.net.URI.create("/aanmelden")).header("Cache-Control", "no-store").build();
    }

    @ServerExceptionMapper
    public Response staffNotAllowed(org.werving.web.staff.StaffSessions.NotAllowed e) {
        return page(403, "geen-toegang");
    }

    @ServerExceptionMapper
    public Response forged(org.werving.web.staff.StaffSessions.ForgedForm e) {
        return page(403, "formulier-ongeldig");
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceReplies.ServiceUnavailableException e) {
        LOG.warn("a service could not answer: " + e.getMessage());
        return page(503, "onbereikbaar");
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warn("a service is unreachable: " + e.getClass().getSimpleName());
        return page(503, "onbereikbaar");
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() < 500) {
            return page(web.getResponse().getStatus() == 404 ? 404 : 400, "niet-gevonden");
        }
        LOG.error("unexpected failure", e);
        return page(500, "onbereikbaar");
    }

    private Response page(int status, String kind) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(error.data("kind", kind).render()).build();
    }
}
