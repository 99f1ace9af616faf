package org.werving.vacancy.service;

import org.werving.chassis.problem.Problem;
import org.werving.vacancy.model.Condition;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The admission condition rules of {@link PublicationCheck}: each condition carries exactly what its type needs. */
final class ConditionCheck {
    private static final Set<String> LEVELS = Set.of("A", "B", "C", "D", "E");
    private static final Pattern GRADE = Pattern.compile("[A-E][1-9]?");
    private static final Pattern LICENCE = Pattern.compile("AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE|G");

    private ConditionCheck() {
    }

    /** Checks that a condition carries exactly what its type needs. */
    static void condition(List<Problem.FieldError> errors, String cat, Condition condition) {
        switch (condition.type()) {
            case DIPLOMA -> level(errors, cat + ".level", condition.level());
            case RELEVANT_EXPERIENCE -> months(errors, cat, condition, false);
            case CAPACITY_TEST -> {
            }
            case CONTRACT_TYPE -> {
                if (condition.contractType() == null) {
                    errors.add(new Problem.FieldError(cat + ".contractType", "is required for CONTRACT_TYPE"));
                }
            }
            case LEVEL_SENIORITY, GRADE_SENIORITY -> {
                months(errors, cat, condition, true);
                boolean hasGrades = condition.grades() != null && !condition.grades().isEmpty();
                if (condition.level() == null && !hasGrades) {
                    errors.add(new Problem.FieldError(cat + ".level", "a level or grades is required for " + condition.type()));
                } else if (condition.level() != null) {
                    level(errors, cat + ".level", condition.level());
                }
                if (hasGrades) {
                    for (int g = 0; g < condition.grades().size(); g++) {
                        String grade = condition.grades().get(g);
                        if (grade == null || !GRADE.matcher(grade).matches()) {
                            errors.add(new Problem.FieldError(cat + ".grades[" + g + "]", "must be a grade such as D4 or B1"));
                        }
                    }
                }
                scope(errors, cat, condition);
            }
            case SERVICE_SENIORITY -> {
                months(errors, cat, condition, true);
                scope(errors, cat, condition);
            }
            case CURRENT_LEVEL_AT_LEAST -> {
                level(errors, cat + ".level", condition.level());
                scope(errors, cat, condition);
            }
            case DRIVING_LICENCE -> {
                if (condition.licenceCategory() == null || !LICENCE.matcher(condition.licenceCategory()).matches()) {
                    errors.add(new Problem.FieldError(cat + ".licenceCategory", "must be a licence category such as B or C1E"));
                }
            }
        }
    }

    private static void months(List<Problem.FieldError> errors, String cat, Condition condition, boolean positive) {
        if (condition.minMonths() == null || condition.minMonths() < (positive ? 1 : 0)) {
            errors.add(new Problem.FieldError(cat + ".minMonths",
                    positive ? "is required and at least 1 for " + condition.type() : "is required and not negative"));
        }
    }

    private static void scope(List<Problem.FieldError> errors, String cat, Condition condition) {
        if (condition.scope() == null) {
            errors.add(new Problem.FieldError(cat + ".scope", "is required for " + condition.type()
                    + " (THIS_EMPLOYER or ANY_LOCAL_GOVERNMENT)"));
        }
    }

    static void level(List<Problem.FieldError> errors, String field, String level) {
        if (level == null || level.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (!LEVELS.contains(level)) {
            errors.add(new Problem.FieldError(field, "must be one of A, B, C, D, E"));
        }
    }

}
