package org.werving.vacancy.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.werving.vacancy.model.Admission;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.VacancyDetails;

import java.time.OffsetDateTime;
import java.util.List;

/** What HR sends to create a draft vacancy. Completeness is checked when it is published. */
public record VacancyRequest(
        @Size(max = 40) String reference,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String formalTitle,
        @Size(max = 200) String directorate,
        @Size(max = 200) String team,
        @Size(max = 5) String level,
        @Size(max = 20) String salaryScale,
        @Size(max = 4000) String purpose,
        @Min(1) @Max(500) Integer seats,
        OffsetDateTime applicationDeadline,
        @Valid Admission admission,
        List<@Valid Stage> stages,
        @Min(1) @Max(120) Integer reserveValidityMonths,
        @Size(max = 200) String reportsTo,
        List<@Size(max = 2000) String> responsibilities,
        @Size(max = 4000) String teamDescription,
        List<@Size(max = 2000) String> importantForFunction,
        List<@NotBlank @Size(max = 100) String> workDomains,
        List<VacancyDetails.Competency> competencies,
        List<VacancyDetails.Workplace> workplaces,
        List<VacancyDetails.OpenHouse> openHouses,
        @Size(max = 2000) String workingPattern,
        VacancyDetails.Offer offer,
        VacancyDetails.ReservePlan reservePlan,
        VacancyDetails.Contact contact) {
}
