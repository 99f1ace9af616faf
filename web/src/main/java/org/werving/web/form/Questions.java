package org.werving.web.form;

import org.werving.web.client.Vacancies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which questions of the candidate form matter for one vacancy, read from its admission conditions:
 * the internal track only when the vacancy has one, the diploma only when a condition asks for it,
 * seniority elsewhere only when a condition counts it, the driving licence only when it is a
 * condition or an advantage. What candidate-service requires of every form is always asked.
 */
public record Questions(boolean internalTrack, boolean diploma, boolean levelSeniorityElsewhere,
        boolean gradeSeniorityElsewhere, boolean serviceSeniorityElsewhere, boolean drivingLicence) {

    public static Questions of(Vacancies.Vacancy vacancy) {
        Vacancies.Admission admission = vacancy.admission();
        List<Vacancies.Alternative> external = admission == null || admission.external() == null ? List.of()
                : admission.external();
        List<Vacancies.Alternative> internal = admission == null || admission.internal() == null ? List.of()
                : admission.internal();
        List<Vacancies.Condition> all = new ArrayList<>();
        Stream.concat(external.stream(), internal.stream()).map(Vacancies.Alternative::conditions)
                .filter(Objects::nonNull).forEach(all::addAll);
        List<Vacancies.Condition> advantages = admission == null || admission.advantages() == null ? List.of()
                : admission.advantages().stream().map(Vacancies.Advantage::condition).filter(Objects::nonNull).toList();
        return new Questions(!internal.isEmpty(),
                has(all, "DIPLOMA"),
                elsewhere(all, "LEVEL_SENIORITY"),
                elsewhere(all, "GRADE_SENIORITY"),
                elsewhere(all, "SERVICE_SENIORITY"),
                has(all, "DRIVING_LICENCE") || has(advantages, "DRIVING_LICENCE"));
    }

    private static boolean has(List<Vacancies.Condition> conditions, String type) {
        return conditions.stream().anyMatch(c -> type.equals(c.type()));
    }

    private static boolean elsewhere(List<Vacancies.Condition> conditions, String type) {
        return conditions.stream().anyMatch(c -> type.equals(c.type()) && "ANY_LOCAL_GOVERNMENT".equals(c.scope()));
    }

    public boolean anySeniorityElsewhere() {
        return levelSeniorityElsewhere || gradeSeniorityElsewhere || serviceSeniorityElsewhere;
    }
}
