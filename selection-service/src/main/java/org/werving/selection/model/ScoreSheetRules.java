package org.werving.selection.model;

import org.werving.chassis.problem.Problem.FieldError;
import org.werving.chassis.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a score sheet: which cells a stage has and which values they take. Pure: no I/O. */
public final class ScoreSheetRules {
    private ScoreSheetRules() {
    }

    /**
     * Checks each entry against the stage: a known component, a competency that component measures (required when
     * it measures competencies, refused when it is scored as a whole), a score within the stage's scale, and no cell
     * twice in one request. Returns the cells in request order, or a 400 naming every fault.
     */
    public static List<Stage.ScoreKey> validate(Stage stage, List<ScoreEntry> entries, String field) {
        List<FieldError> errors = new ArrayList<>();
        List<Stage.ScoreKey> keys = new ArrayList<>();
        List<Stage.Component> components = stage.componentsOrDefault();
        List<String> names = components.stream().map(Stage.Component::name).toList();
        int scale = stage.scaleOrDefault();
        if (entries.isEmpty()) {
            errors.add(new FieldError(field, "must contain at least one score"));
        }
        Set<Stage.ScoreKey> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = field.isEmpty() ? "" : field + "[" + i + "].";
            ScoreEntry entry = entries.get(i);
            if (entry == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be null"));
                continue;
            }
            String name = entry.component() == null || entry.component().isBlank()
                    ? (names.size() == 1 ? names.get(0) : null) : entry.component().trim();
            Stage.Component component = components.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElse(null);
            if (component == null) {
                errors.add(new FieldError(at + "component", "must be one of " + names));
            } else {
                List<String> measured = component.competenciesOrEmpty();
                String competency = entry.competency() == null || entry.competency().isBlank() ? null
                        : entry.competency().trim();
                if (measured.isEmpty() && competency != null) {
                    errors.add(new FieldError(at + "competency", component.name()
                            + " is scored as a whole; leave the competency out"));
                } else if (!measured.isEmpty() && (competency == null || !measured.contains(competency))) {
                    errors.add(new FieldError(at + "competency", "must be one of " + measured + " (the competencies "
                            + component.name() + " measures)"));
                } else {
                    Stage.ScoreKey key = new Stage.ScoreKey(component.name(), competency);
                    if (!seen.add(key)) {
                        errors.add(new FieldError(at + "competency", key + " appears twice"));
                    }
                    keys.add(key);
                }
            }
            if (entry.score() == null) {
                errors.add(new FieldError(at + "score", "must not be null"));
            } else if (entry.score().compareTo(BigDecimal.valueOf(scale)) > 0 || entry.score().signum() < 0) {
                errors.add(new FieldError(at + "score", "must lie between 0 and " + scale + " (the scale of "
                        + stage.displayName() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid score", "the score sheet for "
                    + stage.displayName() + " has " + errors.size() + " error(s); nothing was recorded", errors);
        }
        return keys;
    }
}
