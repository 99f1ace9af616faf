package org.werving.selection.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.werving.selection.messaging.in.IncomingEvents.CandidateDataErased;
import org.werving.selection.model.CandidateErasure;
import org.werving.selection.repository.CandidateErasureRepository;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.repository.CandidacyRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A candidate leaves: the withdrawal of an application still in the procedure, and the erasure of the facts
 * the candidate declared. Runs inside the inbox's transaction, as the screening does.
 */
@ApplicationScoped
public class CandidacyEndingService {
    private static final Logger LOG = Logger.getLogger(CandidacyEndingService.class);

    private final CandidacyRepository candidacies;
    private final CandidateErasureRepository erasures;
    private final Decisions decisions;
    private final SlotService slots;

    public CandidacyEndingService(CandidacyRepository candidacies, CandidateErasureRepository erasures,
            Decisions decisions, SlotService slots) {
        this.candidacies = candidacies;
        this.erasures = erasures;
        this.decisions = decisions;
        this.slots = slots;
    }

    /**
     * ApplicationWithdrawn: a candidacy still in the procedure (awaiting its vacancy or capacity test, or
     * in a stage) ends as WITHDRAWN; it takes no further stage and is no participant when a stage closes.
     * A candidacy already decided (not admitted, eliminated, passed) keeps its outcome; the withdrawal
     * is written to its audit trail. Unknown applications are ignored.
     */
    public Uni<Void> onApplicationWithdrawn(org.werving.selection.messaging.in.IncomingEvents.ApplicationWithdrawn event) {
        return candidacies.findById(event.applicationId()).flatMap(candidacy -> {
            if (candidacy == null) {
                LOG.infof("ApplicationWithdrawn for unknown application %s ignored", event.applicationId());
                return Uni.createFrom().voidItem();
            }
            String when = event.withdrawnAt() == null ? "" : " op " + event.withdrawnAt().toLocalDate();
            return switch (candidacy.status) {
                case AWAITING_VACANCY, AWAITING_CAPACITY_TEST, IN_STAGE -> (candidacy.status == CandidacyStatus.IN_STAGE
                        ? slots.release(candidacy.applicationId, candidacy.currentStage, "system",
                                "de kandidaat trok de kandidatuur in") // the booked seat is free again
                        : Uni.createFrom().voidItem()).flatMap(x -> decisions.decide(candidacy,
                        DecisionKind.WITHDRAWN, CandidacyStatus.WITHDRAWN, "De kandidaat heeft de kandidatuur"
                                + when + " ingetrokken" + (candidacy.status == CandidacyStatus.IN_STAGE
                                        ? " tijdens proef " + candidacy.currentStage : "") + "; geen verdere proeven."));
                default -> {
                    LOG.infof("application %s withdrawn after its outcome %s; outcome kept", event.applicationId(),
                            candidacy.status);
                    yield Uni.createFrom().voidItem();
                }
            };
        });
    }

    /**
     * CandidateDataErased: selection holds no name or document, only the facts the candidate declared for the
     * admission screening; those are dropped. Ids, statuses, scores and decisions stay: they are the anonymous
     * record of a public procedure. The erasure is recorded (also for an application never seen here).
     */
    public Uni<Void> onCandidateDataErased(CandidateDataErased event) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return erasures.findById(event.applicationId()).flatMap(recorded -> candidacies.findById(event.applicationId())
                .flatMap(candidacy -> {
                    Uni<Void> effect = Uni.createFrom().voidItem();
                    if (candidacy != null && candidacy.dataErasedAt == null) {
                        candidacy.facts = null;
                        candidacy.dataErasedAt = now;
                        String why = "RETENTION".equals(event.reason()) ? "na afloop van de bewaartermijn"
                                : "op vraag van de kandidaat";
                        effect = decisions.decide(candidacy, DecisionKind.DATA_ERASED, candidacy.status,
                                "Persoonsgegevens gewist " + why + "; de opgegeven feiten voor de toelatingsscreening "
                                        + "zijn verwijderd, de beslissingen en scores blijven als anoniem verslag van "
                                        + "de procedure.");
                    }
                    if (recorded != null) {
                        return effect;
                    }
                    CandidateErasure erasure = new CandidateErasure();
                    erasure.applicationId = event.applicationId();
                    erasure.vacancyId = event.vacancyId() != null ? event.vacancyId()
                            : candidacy == null ? null : candidacy.vacancyId;
                    erasure.erasedAt = event.erasedAt();
                    erasure.reason = event.reason();
                    erasure.known = candidacy != null;
                    erasure.recordedAt = now;
                    return effect.flatMap(x -> erasures.persist(erasure)).replaceWithVoid();
                }));
    }
}
