package org.werving.selection.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.selection.model.Stage;
import org.werving.selection.repository.VacancyProcedureRepository;

import java.util.UUID;

/** Finds a stage of a procedure (404 when either is unknown), and the problems every stage use case shares. */
@ApplicationScoped
public class ProcedureStages {
    private final VacancyProcedureRepository vacancies;

    public ProcedureStages(VacancyProcedureRepository vacancies) {
        this.vacancies = vacancies;
    }

    public Uni<ProcedureStage> find(UUID vacancyId, int stageOrder) {
        return vacancies.findById(vacancyId).map(vacancy -> {
            if (vacancy == null) {
                throw ProblemException.notFound("procedure", vacancyId);
            }
            Stage stage = vacancy.procedure.stage(stageOrder).orElseThrow(() -> new ProblemException(404, "not-found",
                    "stage not found", "the procedure of vacancy " + vacancyId + " has no stage " + stageOrder));
            return new ProcedureStage(vacancy, stage);
        });
    }

    static ProblemException closed(Stage stage) {
        return ProblemException.conflict("stage-closed", stage.displayName() + " is closed; its scores are final");
    }

    static ProblemException notAJuror(Caller caller, UUID vacancyId, int stageOrder) {
        return new ProblemException(403, "not-assigned", "Not assigned to this stage",
                caller.subject() + " is not a member of the jury of stage " + stageOrder + " of procedure " + vacancyId);
    }

    static ProblemException notInProcedure(Caller caller, UUID vacancyId) {
        return new ProblemException(403, "not-assigned", "Not assigned to this procedure",
                caller.subject() + " is not a member of any jury of procedure " + vacancyId);
    }
}
