package org.werving.selection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.selection.model.TimeSlot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class TimeSlotRepository implements PanacheRepositoryBase<TimeSlot, UUID> {

    public Uni<List<TimeSlot>> ofStage(UUID vacancyId, int stageOrder) {
        return list("vacancyId = ?1 and stageOrder = ?2 order by startsAt, id", vacancyId, stageOrder);
    }

    /** The slots of a stage that start after {@code now} and have a free seat, earliest first. */
    public Uni<List<TimeSlot>> bookable(UUID vacancyId, int stageOrder, OffsetDateTime now) {
        return list("vacancyId = ?1 and stageOrder = ?2 and startsAt > ?3 and booked < capacity order by startsAt, id",
                vacancyId, stageOrder, now);
    }

    /**
     * Takes one seat of the slot if one is free. The conditional update decides under concurrent
     * bookings: PostgreSQL serialises the updates of the row and re-checks {@code booked < capacity}
     * for the later one, so a slot is never booked beyond its capacity. Returns whether a seat was taken.
     */
    public Uni<Boolean> takeSeat(UUID slotId) {
        return update("booked = booked + 1 where id = ?1 and booked < capacity", slotId).map(rows -> rows == 1);
    }

    /** Gives a booked seat back (a withdrawn candidate's booking). */
    public Uni<Boolean> freeSeat(UUID slotId) {
        return update("booked = booked - 1 where id = ?1 and booked > 0", slotId).map(rows -> rows == 1);
    }
}
