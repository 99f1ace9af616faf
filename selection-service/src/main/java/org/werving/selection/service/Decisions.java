package org.werving.selection.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.Decision;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.repository.DecisionRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Moves a candidacy to a state and writes the decision (when, what, why) to the audit trail, in the caller's transaction. */
@ApplicationScoped
public class Decisions {
    private final DecisionRepository repository;

    public Decisions(DecisionRepository repository) {
        this.repository = repository;
    }

    public static final String SYSTEM = "system";

    /** An automatic decision (from a consumed event). */
    public Uni<Void> decide(Candidacy candidacy, DecisionKind kind, CandidacyStatus status, String motivation) {
        return decide(candidacy, kind, status, motivation, SYSTEM);
    }

    /** A decision taken by {@code decidedBy} (the authenticated subject of a staff write). */
    public Uni<Void> decide(Candidacy candidacy, DecisionKind kind, CandidacyStatus status, String motivation,
            String decidedBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        candidacy.moveTo(status, motivation, now);
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.applicationId = candidacy.applicationId;
        decision.at = now;
        decision.kind = kind;
        decision.status = status;
        decision.motivation = motivation;
        decision.decidedBy = decidedBy == null ? SYSTEM : decidedBy;
        return repository.persist(decision).replaceWithVoid();
    }
}
