package org.werving.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.werving.web.client.Procedures;
import org.werving.web.client.ServiceReplies;
import org.werving.web.client.StaffCandidateApi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Candidates' names for HR's pages: only candidate-service holds them, asked with HR's own token. */
@ApplicationScoped
public class Lookups {
    private final StaffCandidateApi candidates;

    public Lookups(@RestClient StaffCandidateApi candidates) {
        this.candidates = candidates;
    }

    /** The names of these applications; an erased or unknown one shows as "kandidaat" and its number. */
    public Procedures.Names names(Staff staff, Collection<UUID> applicationIds) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : applicationIds) {
            if (names.containsKey(id)) {
                continue;
            }
            Response answer = candidates.application(staff.bearer(), id);
            if (answer.getStatus() == 200) {
                names.put(id, ServiceReplies.read(answer, Procedures.Applicant.class).name());
            } else {
                answer.close();
            }
        }
        return new Procedures.Names(names);
    }
}
