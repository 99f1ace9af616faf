package org.werving.vacancy.service;

import org.werving.chassis.problem.Problem;
import org.werving.vacancy.model.Alternative;
import org.werving.vacancy.model.Condition;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyDetails;

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
        ConditionCheck.level(errors, "level", v.level);
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
        advantages(errors, v);
        competencies(errors, v);
        offer(errors, v);
        stages(errors, v);
        return errors;
    }

    private static void advantages(List<Problem.FieldError> errors, Vacancy v) {
        if (v.admission != null && v.admission.advantages() != null) {
            for (int i = 0; i < v.admission.advantages().size(); i++) {
                var advantage = v.admission.advantages().get(i);
                String at = "admission.advantages[" + i + "]";
                if (advantage.description() == null || advantage.description().isBlank()) {
                    errors.add(new Problem.FieldError(at + ".description", "is required"));
                }
                if (advantage.condition() != null) {
                    if (advantage.condition().type() == null) {
                        errors.add(new Problem.FieldError(at + ".condition.type", "is required"));
                    } else {
                        ConditionCheck.condition(errors, at + ".condition", advantage.condition());
                    }
                }
            }
        }
    }

    private static void competencies(List<Problem.FieldError> errors, Vacancy v) {
        if (v.details != null && v.details.competencies() != null) {
            for (int i = 0; i < v.details.competencies().size(); i++) {
                var competency = v.details.competencies().get(i);
                required(errors, "competencies[" + i + "].name", competency.name());
                required(errors, "competencies[" + i + "].definition", competency.definition());
            }
        }
    }

    private static void offer(List<Problem.FieldError> errors, Vacancy v) {
        if (v.details != null && v.details.offer() != null) {
            var offer = v.details.offer();
            if (offer.contractType() == null) {
                errors.add(new Problem.FieldError("offer.contractType", "is required"));
            } else if (offer.contractType() == org.werving.vacancy.model.ContractType.INDEFINITE_RESOLUTIVE
                    && offer.resolutiveCondition() == null && offer.resolutiveConditionUntil() == null) {
                errors.add(new Problem.FieldError("offer.resolutiveCondition", "the resolutive condition or its end date is required"));
            }
            if (offer.salaryMin() != null && offer.salaryMax() != null && offer.salaryMin().compareTo(offer.salaryMax()) > 0) {
                errors.add(new Problem.FieldError("offer.salaryMin", "must not exceed salaryMax"));
            }
        }
    }

    private static void stages(List<Problem.FieldError> errors, Vacancy v) {
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
                if (stage.topN() != null && stage.tieRule() == null) {
                    errors.add(new Problem.FieldError(at + ".tieRule", "is required with topN (INCLUDE_ALL_TIED or EARLIEST_APPLICATION)"));
                }
                if (stage.tentativeFrom() != null && stage.tentativeUntil() != null
                        && stage.tentativeUntil().isBefore(stage.tentativeFrom())) {
                    errors.add(new Problem.FieldError(at + ".tentativeUntil", "must not lie before tentativeFrom"));
                }
                if (stage.components() != null) {
                    for (int c = 0; c < stage.components().size(); c++) {
                        var component = stage.components().get(c);
                        required(errors, at + ".components[" + c + "].name", component.name());
                        if (component.weight() != null && component.weight() < 1) {
                            errors.add(new Problem.FieldError(at + ".components[" + c + "].weight", "must be at least 1"));
                        }
                    }
                }
            }
            errors.addAll(scoring(v.procedure.stages(), v.details == null ? null : v.details.competencies()));
        }
    }

    /**
     * How the jury scores each stage: every {@code components[].competencies} entry names one of the
     * vacancy's own competencies (exact match after trim), once per component, and the list is not empty
     * (left out, the component is scored as a whole); {@code scale} lies between 1 and 1000. Checked when
     * a draft is written or stages are amended (400) and again at publication.
     */
    public static List<Problem.FieldError> scoring(List<Stage> stages, List<VacancyDetails.Competency> competencies) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (stages == null) {
            return errors;
        }
        Set<String> own = new HashSet<>();
        if (competencies != null) {
            for (var competency : competencies) {
                if (competency != null && competency.name() != null && !competency.name().isBlank()) {
                    own.add(competency.name().trim());
                }
            }
        }
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (stage == null) {
                continue;
            }
            String at = "stages[" + i + "]";
            if (stage.scale() != null && (stage.scale() < 1 || stage.scale() > Stage.MAX_SCALE)) {
                errors.add(new Problem.FieldError(at + ".scale", "must lie between 1 and " + Stage.MAX_SCALE));
            }
            if (stage.components() == null) {
                continue;
            }
            for (int c = 0; c < stage.components().size(); c++) {
                var component = stage.components().get(c);
                if (component == null || component.competencies() == null) {
                    continue;
                }
                String cat = at + ".components[" + c + "].competencies";
                if (component.competencies().isEmpty()) {
                    errors.add(new Problem.FieldError(cat, "must not be empty; leave it out to score the component as a whole"));
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (int k = 0; k < component.competencies().size(); k++) {
                    String name = component.competencies().get(k);
                    String field = cat + "[" + k + "]";
                    if (name == null || name.isBlank()) {
                        errors.add(new Problem.FieldError(field, "is required"));
                    } else if (!own.contains(name.trim())) {
                        errors.add(new Problem.FieldError(field, "'" + name + "' is not one of this vacancy's competencies"));
                    } else if (!seen.add(name.trim())) {
                        errors.add(new Problem.FieldError(field, "'" + name + "' is listed twice for this component"));
                    }
                }
            }
        }
        return errors;
    }

    /**
     * Competencies whose name is not in the catalogue (lower-case names; case-insensitive match). The
     * vacancy keeps its own definition; only the name is checked.
     */
    public static List<Problem.FieldError> unknownCompetencies(Vacancy v, Set<String> catalogue) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (v.details == null || v.details.competencies() == null) {
            return errors;
        }
        for (int i = 0; i < v.details.competencies().size(); i++) {
            String name = v.details.competencies().get(i).name();
            if (name != null && !name.isBlank() && !catalogue.contains(name.trim().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new Problem.FieldError("competencies[" + i + "].name",
                        "'" + name + "' is not in the competency catalogue (GET /competencies)"));
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
                ConditionCheck.condition(errors, cat, condition);
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
