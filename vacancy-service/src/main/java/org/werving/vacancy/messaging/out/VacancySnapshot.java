package org.werving.vacancy.messaging.out;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.werving.vacancy.model.Admission;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyDetails;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The vacancy as the events carry it (docs/events.md, VacancyPublished): everything the public may
 * see, nothing of the audit trail. The consumers (candidate, selection and reserve services) read
 * these field names; fields without a value are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VacancySnapshot(UUID id, String reference, String title, String formalTitle, String directorate,
        String team, String level, String salaryScale, String purpose, int seats, String status,
        OffsetDateTime applicationDeadline, Admission admission, List<Stage> stages, int reserveValidityMonths,
        OffsetDateTime publishedAt, OffsetDateTime closedAt,
        String reportsTo, List<String> responsibilities, String teamDescription, List<String> importantForFunction,
        List<String> workDomains, List<VacancyDetails.Competency> competencies, List<VacancyDetails.Workplace> workplaces,
        List<VacancyDetails.OpenHouse> openHouses, String workingPattern, VacancyDetails.Offer offer,
        VacancyDetails.ReservePlan reservePlan, VacancyDetails.Contact contact) {

    public static VacancySnapshot of(Vacancy v) {
        VacancyDetails d = v.details == null ? VacancyDetails.EMPTY : v.details;
        return new VacancySnapshot(v.id, v.reference, v.title, v.formalTitle, v.directorate, v.team, v.level,
                v.salaryScale, v.purpose, v.seats, v.status.name(), v.applicationDeadline, v.admission,
                v.procedure.stages(), v.reserveValidityMonths, v.publishedAt, v.closedAt, d.reportsTo(),
                d.responsibilities(), d.teamDescription(), d.importantForFunction(), d.workDomains(), d.competencies(),
                d.workplaces(), d.openHouses(), d.workingPattern(), d.offer(), d.reservePlan(), d.contact());
    }
}
