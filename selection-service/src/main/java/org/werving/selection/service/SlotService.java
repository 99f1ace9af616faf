package org.werving.selection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.messaging.Outbox;
import org.werving.selection.messaging.in.IncomingEvents.SlotBookingCancellationRequested;
import org.werving.selection.messaging.in.IncomingEvents.SlotBookingRequested;
import org.werving.selection.messaging.out.Aggregates;
import org.werving.selection.messaging.out.InterviewCancelled;
import org.werving.selection.messaging.out.InterviewScheduled;
import org.werving.selection.messaging.out.SlotBookingCancellationRefused;
import org.werving.selection.messaging.out.SlotBookingCancelled;
import org.werving.selection.messaging.out.SlotBookingRefused;
import org.werving.selection.model.BookingChanges;
import org.werving.selection.model.Candidacy;
import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.SlotBooking;
import org.werving.selection.model.Stage;
import org.werving.selection.model.TimeSlot;
import org.werving.selection.repository.CandidacyRepository;
import org.werving.selection.repository.SlotBookingRepository;
import org.werving.selection.repository.StageClosureRepository;
import org.werving.selection.repository.TimeSlotRepository;
import org.werving.chassis.problem.Problem.FieldError;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Time slots per stage and their bookings; a slot is never booked beyond its capacity. */
@ApplicationScoped
public class SlotService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SlotService.class);
    /** bookedBy of a booking the candidate made through self-service. */
    public static final String SELF_SERVICE = "candidate (self-service)";
    private final ProcedureStages stages;
    private final CandidacyRepository candidacies;
    private final TimeSlotRepository slots;
    private final SlotBookingRepository bookings;
    private final StageClosureRepository closures;
    private final Outbox outbox;
    private final ProcedureAuditLog audit;

    public SlotService(ProcedureStages stages, CandidacyRepository candidacies, TimeSlotRepository slots,
            SlotBookingRepository bookings, StageClosureRepository closures, Outbox outbox, ProcedureAuditLog audit) {
        this.audit = audit;
        this.stages = stages;
        this.candidacies = candidacies;
        this.slots = slots;
        this.bookings = bookings;
        this.closures = closures;
        this.outbox = outbox;
    }

    public record NewSlot(OffsetDateTime startsAt, int durationMinutes, String meetingLink, String place, int capacity) {
    }

    public record Booked(SlotBooking booking, TimeSlot slot) {
    }

    @WithTransaction
    public Uni<TimeSlot> open(UUID vacancyId, int stageOrder, NewSlot request, String actor) {
        return stage(vacancyId, stageOrder).flatMap(stage -> closures.find(vacancyId, stageOrder).flatMap(closure -> {
            if (closure != null) {
                throw ProblemException.conflict("stage-closed", stage.displayName() + " is closed");
            }
            boolean link = request.meetingLink() != null && !request.meetingLink().isBlank();
            boolean place = request.place() != null && !request.place().isBlank();
            if (!link && !place) {
                throw new ProblemException(400, "validation", "Invalid time slot",
                        "a time slot needs a meeting link or a place",
                        List.of(new FieldError("meetingLink", "a meeting link or a place is required"),
                                new FieldError("place", "a meeting link or a place is required")));
            }
            TimeSlot slot = new TimeSlot();
            slot.id = UUID.randomUUID();
            slot.vacancyId = vacancyId;
            slot.stageOrder = stageOrder;
            slot.startsAt = request.startsAt();
            slot.durationMinutes = request.durationMinutes();
            slot.meetingLink = link ? request.meetingLink().trim() : null;
            slot.place = place ? request.place().trim() : null;
            slot.capacity = request.capacity();
            slot.booked = 0;
            slot.createdBy = actor;
            slot.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            return slots.persist(slot).call(x -> audit.record(vacancyId, stageOrder, null, ProcedureAuditLog.SLOT_OPENED,
                    actor, "tijdslot " + slot.id + " voor " + stage.displayName() + ": " + slot.startsAt + ", "
                            + slot.durationMinutes + " min, " + (slot.meetingLink != null ? slot.meetingLink : slot.place)
                            + ", " + slot.capacity + " plaats(en)"));
        }));
    }

    @WithSession
    public Uni<List<TimeSlot>> ofStage(UUID vacancyId, int stageOrder) {
        return stage(vacancyId, stageOrder).flatMap(stage -> slots.ofStage(vacancyId, stageOrder));
    }

    /**
     * The moments of a stage a candidate can still book: starting after {@code now}, with a free seat.
     * An unknown procedure or stage has none (the public list reveals nothing more).
     */
    @WithSession
    public Uni<List<TimeSlot>> bookable(UUID vacancyId, int stageOrder, OffsetDateTime now) {
        return slots.bookable(vacancyId, stageOrder, now);
    }

    @WithSession
    public Uni<TimeSlot> slot(UUID vacancyId, int stageOrder, UUID slotId) {
        return slots.findById(slotId).map(slot -> {
            if (slot == null || !slot.vacancyId.equals(vacancyId) || slot.stageOrder != stageOrder) {
                throw ProblemException.notFound("time slot", slotId);
            }
            return slot;
        });
    }

    /** Books a seat of the slot for the candidate of the stage; InterviewScheduled. */
    @WithTransaction
    public Uni<Booked> book(UUID applicationId, int stageOrder, UUID slotId, String actor) {
        return bookInCurrentTransaction(applicationId, stageOrder, slotId, actor)
                .onFailure(SlotService::isDuplicateBooking).transform(e -> ProblemException.conflict("already-booked",
                        "candidacy " + applicationId + " was booked for stage " + stageOrder
                                + " at the same moment by another request"));
    }

    /**
     * SlotBookingRequested (the candidate's self-service booking, in the inbox's transaction): a first booking,
     * or a move when the candidate already holds a moment of the stage (the new seat is taken and the old one
     * freed together); else SlotBookingRefused with the rule at fault, and a moment held stays. Every refusal
     * is decided before anything is written, so the refusal event commits alone.
     */
    public Uni<Void> onBookingRequested(SlotBookingRequested event) {
        return selfServiceBooking(event.applicationId(), event.stageOrder(), event.slotId(), now())
                .onFailure(ProblemException.class).recoverWithUni(e -> {
                    ProblemException refusal = (ProblemException) e;
                    LOG.infof("self-service booking of slot %s for %s refused: %s", event.slotId(),
                            event.applicationId(), refusal.getMessage());
                    return outbox.record(Aggregates.CANDIDACY, event.applicationId(), "SlotBookingRefused",
                            new SlotBookingRefused(event.applicationId(), event.vacancyId(),
                                    event.stageOrder(), event.slotId(), refusal.rule(), refusal.getMessage()));
                });
    }

    /**
     * SlotBookingCancellationRequested (the candidate gives up the booked moment, in the inbox's transaction):
     * the seat is freed and SlotBookingCancelled published, or SlotBookingCancellationRefused with the rule.
     */
    public Uni<Void> onCancellationRequested(SlotBookingCancellationRequested event) {
        return selfServiceCancellation(event.applicationId(), event.stageOrder(), now())
                .onFailure(ProblemException.class).recoverWithUni(e -> {
                    ProblemException refusal = (ProblemException) e;
                    LOG.infof("self-service cancellation of stage %s for %s refused: %s", event.stageOrder(),
                            event.applicationId(), refusal.getMessage());
                    return outbox.record(Aggregates.CANDIDACY, event.applicationId(), "SlotBookingCancellationRefused",
                            new SlotBookingCancellationRefused(event.applicationId(), event.vacancyId(),
                                    event.stageOrder(), refusal.rule(), refusal.getMessage()));
                });
    }

    private Uni<Void> selfServiceBooking(UUID applicationId, int stageOrder, UUID slotId, OffsetDateTime now) {
        return candidacy(applicationId).flatMap(candidacy -> stage(candidacy.vacancyId, stageOrder)
                .flatMap(stage -> slots.findById(slotId).flatMap(slot -> {
                    requireSlotOfStage(slot, candidacy, stageOrder, slotId);
                    return closures.find(candidacy.vacancyId, stageOrder).flatMap(closure -> bookings
                            .of(applicationId, stageOrder).flatMap(held -> {
                                if (held == null) {
                                    refuseIf(BookingChanges.book(closure != null, slot.startsAt, now), stage, slot);
                                    requireInStage(candidacy, stageOrder);
                                    return takeSeat(slot).flatMap(x -> place(candidacy, stage, slot, SELF_SERVICE, null));
                                }
                                return slots.findById(held.slotId).flatMap(heldSlot -> {
                                    refuseIf(BookingChanges.move(closure != null, held.slotId, heldSlot.startsAt,
                                            slot.id, slot.startsAt, now), stage, slot);
                                    requireInStage(candidacy, stageOrder);
                                    return takeSeat(slot).flatMap(x -> moved(held, slot))
                                            .flatMap(x -> place(candidacy, stage, slot, SELF_SERVICE, heldSlot));
                                });
                            }));
                })))
                .replaceWithVoid();
    }

    private Uni<Void> selfServiceCancellation(UUID applicationId, int stageOrder, OffsetDateTime now) {
        return candidacy(applicationId).flatMap(candidacy -> stage(candidacy.vacancyId, stageOrder)
                .flatMap(stage -> closures.find(candidacy.vacancyId, stageOrder).flatMap(closure -> bookings
                        .of(applicationId, stageOrder).flatMap(held -> (held == null ? Uni.createFrom().<TimeSlot>nullItem()
                                : slots.findById(held.slotId)).flatMap(heldSlot -> {
                                    refuseIf(BookingChanges.cancel(closure != null, held != null,
                                            heldSlot == null ? null : heldSlot.startsAt, now), stage, heldSlot);
                                    requireInStage(candidacy, stageOrder);
                                    return free(held, SELF_SERVICE, "geannuleerd door de kandidaat")
                                            .flatMap(freed -> {
                                                requireWritten(freed, "the booking of " + applicationId
                                                        + " was freed at the same moment by another request");
                                                return outbox.record(Aggregates.CANDIDACY, applicationId,
                                                        "SlotBookingCancelled", new SlotBookingCancelled(applicationId,
                                                                candidacy.vacancyId, stageOrder, stage.displayName(),
                                                                heldSlot.id, heldSlot.startsAt, now));
                                            });
                                })))))
                .replaceWithVoid();
    }

    /** A refusal of the booking rule, as the problem the refusal event carries (decided before any write). */
    private static void refuseIf(Optional<BookingChanges.Refusal> refusal, Stage stage, TimeSlot slot) {
        refusal.ifPresent(r -> {
            throw ProblemException.conflict(r.rule, switch (r) {
                case STAGE_CLOSED -> stage.displayName() + " is closed; its bookings are history";
                case MOMENT_STARTED -> "the moment booked for " + stage.displayName() + " has begun or is past";
                case SLOT_PAST -> "time slot " + slot.id + " starts at " + slot.startsAt + ", not after now";
                case SAME_SLOT -> "time slot " + slot.id + " is the moment already booked for " + stage.displayName();
                case NOTHING_HELD -> "there is no booked moment for " + stage.displayName() + " to cancel";
            });
        });
    }

    /** After a write, a lost race is no refusal: the whole transaction rolls back and the event is retried. */
    private static void requireWritten(boolean written, String what) {
        if (!written) {
            throw new IllegalStateException(what);
        }
    }

    /** The held booking of a move is freed (the new seat is already taken). */
    private Uni<Void> moved(SlotBooking held, TimeSlot target) {
        return free(held, SELF_SERVICE, "verplaatst naar tijdslot " + target.id + " (" + target.startsAt + ")")
                .invoke(freed -> requireWritten(freed, "the booking of " + held.applicationId
                        + " was freed at the same moment by another request"))
                .replaceWithVoid();
    }

    /**
     * HR cancels the candidate's booked moment of an open stage (illness, a jury member who cannot come, ...):
     * the seat is free again, the audit trail keeps the reason, and InterviewCancelled lets the candidate know
     * and choose another moment.
     */
    @WithTransaction
    public Uni<Void> cancel(UUID applicationId, int stageOrder, String reason, String actor) {
        return candidacies.findById(applicationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("candidacy", applicationId))
                .flatMap(candidacy -> stage(candidacy.vacancyId, stageOrder)
                        .flatMap(stage -> closures.find(candidacy.vacancyId, stageOrder).flatMap(closure -> {
                            if (closure != null) {
                                throw ProblemException.conflict("stage-closed", stage.displayName()
                                        + " is closed; its bookings are history");
                            }
                            return bookings.of(applicationId, stageOrder);
                        }).flatMap(booking -> {
                            if (booking == null) {
                                throw new ProblemException(404, "not-found", "booking not found", "candidacy "
                                        + applicationId + " has no booked moment for stage " + stageOrder);
                            }
                            return slots.findById(booking.slotId).flatMap(slot -> free(booking, actor,
                                    "geannuleerd door HR: " + reason)
                                    .flatMap(freed -> {
                                        if (!freed) {
                                            throw ProblemException.conflict("booking-changed", "the booking of "
                                                    + "candidacy " + applicationId + " for stage " + stageOrder
                                                    + " was cancelled at the same moment by another request");
                                        }
                                        return Uni.createFrom().voidItem();
                                    })
                                    .flatMap(x -> outbox.record(Aggregates.CANDIDACY, applicationId,
                                            "InterviewCancelled", new InterviewCancelled(applicationId,
                                                    candidacy.vacancyId, stageOrder, stage.displayName(), slot.id,
                                                    slot.startsAt, reason, actor))));
                        })));
    }

    /**
     * The candidate leaves the stage (withdrawal, not retained, refused): their booking of the given stage is
     * removed and its seat is free again; the procedure's audit trail says why.
     */
    public Uni<Void> release(UUID applicationId, Integer stageOrder, String actor, String why) {
        return freed(applicationId, stageOrder, actor, why).replaceWithVoid();
    }

    /** Frees the booked seat; false when there was no booking (or another transaction freed it first). */
    private Uni<Boolean> freed(UUID applicationId, Integer stageOrder, String actor, String why) {
        if (stageOrder == null) {
            return Uni.createFrom().item(false);
        }
        return bookings.of(applicationId, stageOrder).flatMap(booking -> booking == null
                ? Uni.createFrom().item(false) : free(booking, actor, why));
    }

    /** Deletes the booking and frees its seat; false when another transaction deleted it first. */
    private Uni<Boolean> free(SlotBooking booking, String actor, String why) {
        // a conditional delete: of two transactions freeing the same booking, only one frees the seat
        return bookings.delete("id = ?1", booking.id).flatMap(deleted -> deleted != 1 ? Uni.createFrom().item(false)
                : slots.freeSeat(booking.slotId)
                        .flatMap(x -> slots.findById(booking.slotId))
                        .flatMap(slot -> audit.record(slot.vacancyId, booking.stageOrder, booking.applicationId,
                                ProcedureAuditLog.SEAT_FREED, actor, "plaats in tijdslot " + booking.slotId
                                        + " vrijgegeven: " + why))
                        .map(x -> true));
    }

    /** A unique violation of slot_booking_once: the same candidate booked twice at the same moment. */
    static boolean isDuplicateBooking(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Uni<Booked> bookInCurrentTransaction(UUID applicationId, int stageOrder, UUID slotId, String actor) {
        return candidacy(applicationId)
                .flatMap(candidacy -> stage(candidacy.vacancyId, stageOrder).flatMap(stage -> slots.findById(slotId)
                        .flatMap(slot -> {
                            requireSlotOfStage(slot, candidacy, stageOrder, slotId);
                            requireInStage(candidacy, stageOrder);
                            return bookings.of(applicationId, stageOrder).flatMap(existing -> {
                                if (existing != null) {
                                    throw ProblemException.conflict("already-booked", "candidacy " + applicationId
                                            + " already booked slot " + existing.slotId + " for stage " + stageOrder);
                                }
                                return takeSeat(slot);
                            }).flatMap(x -> place(candidacy, stage, slot, actor, null));
                        })));
    }

    private Uni<Candidacy> candidacy(UUID applicationId) {
        return candidacies.findById(applicationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("candidacy", applicationId));
    }

    private static void requireSlotOfStage(TimeSlot slot, Candidacy candidacy, int stageOrder, UUID slotId) {
        if (slot == null || !slot.vacancyId.equals(candidacy.vacancyId) || slot.stageOrder != stageOrder) {
            throw ProblemException.notFound("time slot", slotId);
        }
    }

    private static void requireInStage(Candidacy candidacy, int stageOrder) {
        if (candidacy.status != CandidacyStatus.IN_STAGE || candidacy.currentStage == null
                || candidacy.currentStage != stageOrder) {
            throw ProblemException.conflict("candidate-not-in-stage", "candidacy " + candidacy.applicationId
                    + " is " + candidacy.status + (candidacy.currentStage == null ? ""
                            : " at stage " + candidacy.currentStage)
                    + "; it cannot book a slot of stage " + stageOrder);
        }
    }

    /** Takes a seat of the slot: the last check of a booking, and the first write (nothing is written when full). */
    private Uni<Void> takeSeat(TimeSlot slot) {
        return slots.takeSeat(slot.id).invoke(taken -> {
            if (!taken) {
                throw ProblemException.conflict("slot-full", "time slot " + slot.id + " is full ("
                        + slot.capacity + " of " + slot.capacity + " booked)");
            }
        }).replaceWithVoid();
    }

    /** Records the booking of the seat taken, its audit line and InterviewScheduled ({@code previous}: a move's old slot). */
    private Uni<Booked> place(Candidacy candidacy, Stage stage, TimeSlot slot, String actor, TimeSlot previous) {
        SlotBooking booking = new SlotBooking();
        booking.id = UUID.randomUUID();
        booking.slotId = slot.id;
        booking.applicationId = candidacy.applicationId;
        booking.stageOrder = slot.stageOrder;
        booking.bookedBy = actor;
        booking.bookedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return bookings.persist(booking)
                .flatMap(x -> audit.record(candidacy.vacancyId, slot.stageOrder, candidacy.applicationId,
                        ProcedureAuditLog.SEAT_BOOKED, actor, "tijdslot " + slot.id + " (" + slot.startsAt + ") voor "
                                + stage.displayName()))
                .flatMap(x -> outbox.record(Aggregates.CANDIDACY, candidacy.applicationId, "InterviewScheduled",
                        new InterviewScheduled(candidacy.applicationId, candidacy.vacancyId, slot.stageOrder,
                                stage.displayName(), slot.id, slot.startsAt, slot.durationMinutes, slot.meetingLink,
                                slot.place, previous == null ? null : previous.id,
                                previous == null ? null : previous.startsAt)))
                .flatMap(x -> slots.flush())
                .flatMap(x -> slots.getSession())
                .flatMap(session -> session.refresh(slot))
                .map(x -> new Booked(booking, slot));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private Uni<Stage> stage(UUID vacancyId, int stageOrder) {
        return stages.find(vacancyId, stageOrder).map(ProcedureStage::stage);
    }
}
