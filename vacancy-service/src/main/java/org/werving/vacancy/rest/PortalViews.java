package org.werving.vacancy.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.service.PortalSnapshot;

import java.io.UncheckedIOException;

/** The portal's JSON, rendered once per refresh of the snapshot with the same mapper the web layer answers with. */
@ApplicationScoped
public class PortalViews implements PortalSnapshot.Renderer {
    private final VacancyMapper mapper;
    private final ObjectMapper json;

    public PortalViews(VacancyMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public byte[] summary(Vacancy vacancy) {
        return write(mapper.toPortalSummary(vacancy));
    }

    @Override
    public byte[] detail(Vacancy vacancy) {
        return write(mapper.toView(vacancy));
    }

    private byte[] write(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
