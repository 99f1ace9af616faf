package org.werving.vacancy.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The posting's descriptive content, stored as one JSON document (a JSON object: Hibernate Reactive
 * cannot map a top-level array). Searched through the {@code search} tsvector column.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VacancyDetails(String reportsTo, List<String> responsibilities, String teamDescription,
        List<String> importantForFunction, List<String> workDomains, List<Competency> competencies,
        List<Workplace> workplaces, List<OpenHouse> openHouses, String workingPattern, Offer offer,
        ReservePlan reservePlan, Contact contact) {

    /** A vacancy without descriptive content. */
    public static final VacancyDetails EMPTY = new VacancyDetails(null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** A competency from the catalogue with the definition this vacancy gives it. */
    public record Competency(String name, String definition) {
    }

    public record Workplace(String name, String address) {
    }

    /** "kom vrij langs op dinsdag 17 maart tussen 10u30 en 11u30" */
    public record OpenHouse(LocalDate date, LocalTime from, LocalTime until, String place) {
    }

    /** What is offered: the contract (and the end date of a resolutive condition), the pay range shown, benefits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offer(ContractType contractType, LocalDate resolutiveConditionUntil, String resolutiveCondition,
            java.math.BigDecimal salaryMin, java.math.BigDecimal salaryMax, List<String> benefits) {
    }

    /** Which reserves the laureates go onto; validity in months (default 24), extendable. */
    public record ReservePlan(boolean recruitment, boolean promotion, Integer validityMonths, boolean extendable) {
    }

    /** The selection officer's role mailbox and phone (never a real person's name in demo data). */
    public record Contact(String officer, String email, String phone) {
    }
}
