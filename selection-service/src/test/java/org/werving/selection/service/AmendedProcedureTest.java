package org.werving.selection.service;

import org.junit.jupiter.api.Test;
import org.werving.selection.model.Procedure;
import org.werving.selection.model.Stage;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** VacancyAmended: which stage definitions the amendment replaces and which stay. */
class AmendedProcedureTest {
    private final Procedure stored = new Procedure(List.of(new Stage(1, "SPEED_INTERVIEW", "Speedinterview", true, 60, 4),
            new Stage(2, "COMBINED_TEST", "Gecombineerde proef", true, 60, null),
            new Stage(3, "INTERVIEW", "Eindgesprek", true, 60, null)));

    @Test
    void anOpenStageTakesTheAmendedDefinition() {
        Procedure result = ScreeningService.amended(stored, List.of(new Stage(1, "SPEED_INTERVIEW", "Speedinterview",
                true, 50, 4), new Stage(2, "COMBINED_TEST", "Gecombineerde proef", true, 65, null)), Set.of(), Set.of(1));
        assertEquals(List.of(1, 2), result.stages().stream().map(Stage::order).toList());
        assertEquals(50, result.stage(1).orElseThrow().passMark());
        assertEquals(65, result.stage(2).orElseThrow().passMark());
    }

    @Test
    void aClosedStageKeepsItsDefinitionAndAnOccupiedStageIsNeverDropped() {
        Procedure result = ScreeningService.amended(stored, List.of(new Stage(1, "SPEED_INTERVIEW", "Speedinterview",
                true, 50, 2), new Stage(2, "COMBINED_TEST", "Gecombineerde proef", true, 70, null)), Set.of(1), Set.of(3));
        assertEquals(List.of(1, 2, 3), result.stages().stream().map(Stage::order).toList());
        assertEquals(60, result.stage(1).orElseThrow().passMark());
        assertEquals(4, result.stage(1).orElseThrow().topN());
        assertEquals(70, result.stage(2).orElseThrow().passMark());
        assertEquals("Eindgesprek", result.stage(3).orElseThrow().name());
    }
}
