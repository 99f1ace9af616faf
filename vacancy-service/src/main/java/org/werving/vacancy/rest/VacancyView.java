package org.werving.vacancy.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.werving.vacancy.model.Admission;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.VacancyDetails;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The full view of a vacancy on the web (the events carry their own copy: messaging.out.VacancySnapshot).
 * {@code internal} (who wrote what, the version) is filled only on the HR view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VacancyView(UUID id, String reference, String title, String formalTitle, String directorate, String team,
        String level, String salaryScale, String purpose, int seats, String status,
        OffsetDateTime applicationDeadline, Admission admission, List<Stage> stages, int reserveValidityMonths,
        OffsetDateTime publishedAt, OffsetDateTime closedAt,
        String reportsTo, List<String> responsibilities, String teamDescription, List<String> importantForFunction,
        List<String> workDomains, List<VacancyDetails.Competency> competencies, List<VacancyDetails.Workplace> workplaces,
        List<VacancyDetails.OpenHouse> openHouses, String workingPattern, VacancyDetails.Offer offer,
        VacancyDetails.ReservePlan reservePlan, VacancyDetails.Contact contact, Internal internal) {

    /** HR only: the audit trail's summary and the optimistic-lock version. */
    public record Internal(String createdBy, String updatedBy, String publishedBy, String closedBy, String closeReason,
            int seatsFilled, long version) {
    }
}
