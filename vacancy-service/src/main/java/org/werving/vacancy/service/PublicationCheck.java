package org.werving.vacancy.service;

import org.werving.vacancy.model.Alternative;
import org.werving.vacancy.model.Condition;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.rest.Problem;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists everything that keeps a draft from being published; an empty list means it may be. */
public final class PublicationCheck {
    private PublicationCheck() {
    }

    public static List<Problem.FieldError> missing(Vacancy v, OffsetDateTime now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        required(errors, "title", v.title);
        required(errors, "directorate", v.directorate);
        required(errors, "level", v.level);
        required(errors, "salaryScale", v.salaryScale);
        if (v.applicationDeadline == null) {
            errors.add(new Problem.FieldError("applicationDeadline", "is required"));
        } else if (!v.applicationDeadline.isAfter(now)) {
            errors.add(new Problem.FieldError("applicationDeadline", "must lie in the future"));
        }
        if (v.admission == null || (empty(v.admission.external()) && empty(v.admission.internal()))) {
            errors.add(new Problem.FieldError("admission", "needs at least one alternative for external or internal candidates"));
        } else {
            alternatives(errors, "admission.external", v.admission.external());
            alternatives(errors, "admission.internal", v.admission.internal());
        }
        if (empty(v.procedure.stages())) {
            errors.add(new Problem.FieldError("stages", "needs at least one scored stage"));
        } else {
            Set<Integer> orders = new HashSet<>();
            for (int i = 0; i < v.procedure.stages().size(); i++) {
                Stage stage = v.procedure.stages().get(i);
                String at = "stages[" + i + "]";
                if (stage.type() == null) {
                    errors.add(new Problem.FieldError(at + ".type", "is required"));
                }
                if (!orders.add(stage.order())) {
                    errors.add(new Problem.FieldError(at + ".order", "repeats order " + stage.order()));
                }
                if (stage.passMark() < 0 || stage.passMark() > 100) {
                    errors.add(new Problem.FieldError(at + ".passMark", "must lie between 0 and 100"));
                }
                if (stage.topN() != null && stage.topN() < 1) {
                    errors.add(new Problem.FieldError(at + ".topN", "must be at least 1"));
                }
            }
        }
        return errors;
    }

    private static void alternatives(List<Problem.FieldError> errors, String path, List<Alternative> alternatives) {
        if (alternatives == null) {
            return;
        }
        for (int i = 0; i < alternatives.size(); i++) {
            Alternative alternative = alternatives.get(i);
            String at = path + "[" + i + "]";
            if (empty(alternative.conditions())) {
                errors.add(new Problem.FieldError(at + ".conditions", "needs at least one condition"));
                continue;
            }
            for (int c = 0; c < alternative.conditions().size(); c++) {
                Condition condition = alternative.conditions().get(c);
                String cat = at + ".conditions[" + c + "]";
                if (condition.type() == null) {
                    errors.add(new Problem.FieldError(cat + ".type", "is required"));
                    continue;
                }
                switch (condition.type()) {
                    case DIPLOMA -> required(errors, cat + ".level", condition.level());
                    case RELEVANT_EXPERIENCE -> {
                        if (condition.minMonths() == null || condition.minMonths() < 0) {
                            errors.add(new Problem.FieldError(cat + ".minMonths", "is required and not negative"));
                        }
                    }
                    case CAPACITY_TEST -> {
                    }
                }
            }
        }
    }

    private static void required(List<Problem.FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
        }
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
