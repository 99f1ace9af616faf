package org.werving.candidate.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.model.BookedMoment;
import org.werving.candidate.repository.BookedMomentRepository;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The moment held per stage, kept from selection-service's events inside the consumer's transaction:
 * a booking (or a move) sets it, a cancellation (by HR or by the candidate) removes it.
 */
@ApplicationScoped
public class BookedMoments {
    private final BookedMomentRepository moments;

    public BookedMoments(BookedMomentRepository moments) {
        this.moments = moments;
    }

    /** The slot now booked for the stage. */
    public record Moment(UUID applicationId, Integer stageOrder, String stageName, UUID slotId, OffsetDateTime startsAt,
            Integer durationMinutes, String place, String meetingLink) {
    }

    public Uni<Void> booked(Moment m, OffsetDateTime at) {
        if (m.stageOrder() == null || m.slotId() == null || m.startsAt() == null) {
            return Uni.createFrom().voidItem();
        }
        return moments.of(m.applicationId(), m.stageOrder()).flatMap(held -> {
            BookedMoment moment = held != null ? held : new BookedMoment();
            moment.applicationId = m.applicationId();
            moment.stageOrder = m.stageOrder();
            moment.stageName = m.stageName();
            moment.slotId = m.slotId();
            moment.startsAt = m.startsAt();
            moment.durationMinutes = m.durationMinutes() == null || m.durationMinutes() <= 0 ? 60 : m.durationMinutes();
            moment.place = m.place();
            moment.meetingLink = m.meetingLink();
            moment.bookedAt = at;
            return held != null ? Uni.createFrom().voidItem() : moments.persist(moment).replaceWithVoid();
        });
    }

    public Uni<Void> released(UUID applicationId, Integer stageOrder, UUID slotId) {
        if (stageOrder == null || slotId == null) {
            return Uni.createFrom().voidItem();
        }
        return moments.release(applicationId, stageOrder, slotId).replaceWithVoid();
    }
}
