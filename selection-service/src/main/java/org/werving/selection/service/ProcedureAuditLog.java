package org.werving.selection.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.ProcedureAudit;
import org.werving.selection.repository.ProcedureAuditRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes a line of the procedure's audit trail in the caller's transaction. */
@ApplicationScoped
public class ProcedureAuditLog {
    public static final String JURY_ASSIGNED = "JURY_ASSIGNED";
    public static final String SCORE_RECORDED = "SCORE_RECORDED";
    public static final String SCORE_CORRECTED = "SCORE_CORRECTED";
    public static final String STAGE_CLOSED = "STAGE_CLOSED";
    public static final String SLOT_OPENED = "SLOT_OPENED";
    public static final String SEAT_BOOKED = "SEAT_BOOKED";
    public static final String SEAT_FREED = "SEAT_FREED";

    private final ProcedureAuditRepository audit;

    public ProcedureAuditLog(ProcedureAuditRepository audit) {
        this.audit = audit;
    }

    public Uni<Void> record(UUID vacancyId, Integer stageOrder, UUID applicationId, String action, String actor,
            String detail) {
        ProcedureAudit line = new ProcedureAudit();
        line.id = UUID.randomUUID();
        line.vacancyId = vacancyId;
        line.stageOrder = stageOrder;
        line.applicationId = applicationId;
        line.action = action;
        line.actor = actor == null || actor.isBlank() ? "system" : actor;
        line.at = OffsetDateTime.now(ZoneOffset.UTC);
        line.detail = detail;
        return audit.persist(line).replaceWithVoid();
    }
}
