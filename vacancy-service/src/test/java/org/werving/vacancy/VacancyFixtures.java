package org.werving.vacancy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Request bodies shaped like the postings. */
public final class VacancyFixtures {
    private VacancyFixtures() {
    }

    public static Map<String, Object> complete(String title) {
        return Map.ofEntries(
                Map.entry("reference", "TEST-" + Math.abs(title.hashCode() % 10000)),
                Map.entry("title", title),
                Map.entry("formalTitle", "Deskundige"),
                Map.entry("directorate", "Dienstverlening en sociaal beleid"),
                Map.entry("team", "Sociaal huis"),
                Map.entry("level", "B"),
                Map.entry("salaryScale", "B1-B3"),
                Map.entry("purpose", "Je begeleidt cliënten op de werkvloer."),
                Map.entry("seats", 2),
                Map.entry("applicationDeadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).toString()),
                Map.entry("admission", Map.of(
                        "external", List.of(
                                Map.of("label", "bachelor", "conditions", List.of(Map.of("type", "DIPLOMA", "level", "B"))),
                                Map.of("label", "ervaring en capaciteitstest", "conditions", List.of(
                                        Map.of("type", "RELEVANT_EXPERIENCE", "minMonths", 12),
                                        Map.of("type", "CAPACITY_TEST")))),
                        "internal", List.of())),
                Map.entry("stages", List.of(
                        Map.of("order", 1, "type", "SPEED_INTERVIEW", "name", "Speedinterview", "eliminating", true, "passMark", 60),
                        Map.of("order", 2, "type", "COMBINED_TEST", "name", "Gecombineerde proef", "eliminating", true, "passMark", 60))),
                Map.entry("reserveValidityMonths", 24));
    }
}
