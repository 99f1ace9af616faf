package org.werving.selection.service;

import org.werving.selection.model.Stage;
import org.werving.selection.model.VacancyProcedure;

/** A stage with the procedure it belongs to. */
public record ProcedureStage(VacancyProcedure vacancy, Stage stage) {
}
