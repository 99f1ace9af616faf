package org.werving.web.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The web's own copy of the shapes vacancy-service's portal API returns (unknown fields are ignored). */
public final class Vacancies {
    private Vacancies() {
    }

    public record Summary(UUID id, String reference, String title, String directorate, String team, String level,
            String salaryScale, String status, OffsetDateTime applicationDeadline, List<String> workDomains,
            String contractType) {
    }

    public record Vacancy(UUID id, String reference, String title, String formalTitle, String directorate, String team,
            String level, String salaryScale, String purpose, int seats, String status,
            OffsetDateTime applicationDeadline, Admission admission, List<Stage> stages, int reserveValidityMonths,
            OffsetDateTime publishedAt, OffsetDateTime closedAt, String reportsTo, List<String> responsibilities,
            String teamDescription, List<String> importantForFunction, List<String> workDomains,
            List<Competency> competencies, List<Workplace> workplaces, List<OpenHouse> openHouses,
            String workingPattern, Offer offer, ReservePlan reservePlan, Contact contact) {

        public boolean open() {
            return "PUBLISHED".equals(status) && (applicationDeadline == null
                    || applicationDeadline.isAfter(OffsetDateTime.now()));
        }
    }

    public record Admission(List<Alternative> external, List<Alternative> internal, List<Advantage> advantages) {
    }

    public record Alternative(String label, List<Condition> conditions) {
    }

    public record Condition(String type, String level, Integer minMonths, List<String> grades, String scope,
            String contractType, String licenceCategory) {
    }

    public record Advantage(String description, Condition condition) {
    }

    public record Stage(int order, String type, String name, boolean eliminating, int passMark, Integer topN,
            List<Component> components, List<String> informativeTests, String mode, String place,
            LocalDate tentativeFrom, LocalDate tentativeUntil) {
    }

    public record Component(String name, Integer weight, List<String> competencies) {
    }

    public record Competency(String name, String definition) {
    }

    public record Workplace(String name, String address) {
    }

    public record OpenHouse(LocalDate date, LocalTime from, LocalTime until, String place) {
    }

    public record Offer(String contractType, LocalDate resolutiveConditionUntil, String resolutiveCondition,
            BigDecimal salaryMin, BigDecimal salaryMax, List<String> benefits) {
    }

    public record ReservePlan(boolean recruitment, boolean promotion, Integer validityMonths, boolean extendable) {
    }

    public record Contact(String officer, String email, String phone) {
    }

    public record SalaryEstimate(String scale, BigDecimal monthlyGross, String currency, int countedYears,
            int privateYearsCounted, int publicYearsCounted, int privateYearsCap, LocalDate indexationDate,
            int lastStepYears, boolean beyondLastStep) {
    }
}
