package org.werving.vacancy.service;

import org.junit.jupiter.api.Test;
import org.werving.chassis.problem.Problem;
import org.werving.vacancy.model.Procedure;
import org.werving.vacancy.model.Stage;
import org.werving.vacancy.model.StageType;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyDetails;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The publication check itself reports component competencies and scales that are wrong (422 at publication). */
class PublicationCheckScoringTest {

    private static Stage stage(int order, Integer scale, List<Stage.Component> components) {
        return new Stage(order, StageType.COMBINED_TEST, "Proef " + order, true, 60, null, null, components, null, null,
                null, null, null, null, scale);
    }

    private static Vacancy vacancy(List<Stage> stages) {
        Vacancy v = new Vacancy();
        v.procedure = new Procedure(stages);
        v.details = new VacancyDetails(null, null, null, null, null, List.of(
                new VacancyDetails.Competency("Samenwerken", "d"), new VacancyDetails.Competency("Communiceren ", "d")),
                null, null, null, null, null, null);
        return v;
    }

    private static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).filter(f -> f.startsWith("stages")).toList();
    }

    @Test
    void everyWrongReferenceAndScaleIsAFieldErrorOfPublication() {
        Vacancy v = vacancy(List.of(
                stage(1, 10, List.of(new Stage.Component("Case", 1, List.of("Samenwerken", "Communiceren")))),
                stage(2, 0, List.of(new Stage.Component("Case", null),
                        new Stage.Component("Rollenspel", 2, List.of("Communiceren", "Leiding geven", " Communiceren", "")),
                        new Stage.Component("Interview", null, List.of())))));
        List<Problem.FieldError> errors = PublicationCheck.missing(v, OffsetDateTime.now());
        assertEquals(List.of("stages[1].scale", "stages[1].components[1].competencies[1]",
                "stages[1].components[1].competencies[2]", "stages[1].components[1].competencies[3]",
                "stages[1].components[2].competencies"), fields(errors));
        assertTrue(errors.contains(new Problem.FieldError("stages[1].components[1].competencies[1]",
                "'Leiding geven' is not one of this vacancy's competencies")));
        assertTrue(errors.contains(new Problem.FieldError("stages[1].components[2].competencies",
                "must not be empty; leave it out to score the component as a whole")));
    }

    @Test
    void scaleBoundsAndAbsentFieldsAreAccepted() {
        for (Integer scale : new Integer[] {null, 1, 20, 100, 1000}) {
            assertEquals(List.of(), PublicationCheck.scoring(List.of(stage(1, scale, null),
                    stage(2, scale, List.of(new Stage.Component("Case", null)))), null), "scale " + scale);
        }
        assertEquals(List.of("stages[0].scale"), fields(PublicationCheck.scoring(List.of(stage(1, 1001, null)), null)));
        // a vacancy without competencies: any reference is unknown
        assertEquals(List.of("stages[0].components[0].competencies[0]"), fields(PublicationCheck.scoring(
                List.of(stage(1, null, List.of(new Stage.Component("Case", null, List.of("Samenwerken"))))), null)));
    }
}
