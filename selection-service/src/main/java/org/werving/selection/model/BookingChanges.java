package org.werving.selection.model;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What a candidate may do with the moments of a stage through self-service (issue 14): book a moment,
 * move a booked one to another, cancel a booked one. The single place of the rule; pure, no I/O.
 *
 * <ul>
 *   <li>nothing changes once the stage is closed: its bookings are history;</li>
 *   <li>only a moment held can be cancelled;</li>
 *   <li>a moment that has begun (it starts at or before now) can no longer be moved or cancelled;</li>
 *   <li>a moment chosen must still lie ahead (start after now), as the list of free moments shows them;</li>
 *   <li>moving to the moment already held is no move.</li>
 * </ul>
 */
public final class BookingChanges {
    private BookingChanges() {
    }

    /** Why a change is refused; {@code rule} is the name the refusal events carry. */
    public enum Refusal {
        STAGE_CLOSED("stage-closed"),
        MOMENT_STARTED("moment-started"),
        SLOT_PAST("slot-past"),
        SAME_SLOT("already-booked"),
        NOTHING_HELD("nothing-to-cancel");

        public final String rule;

        Refusal(String rule) {
            this.rule = rule;
        }
    }

    /** A first booking of {@code target} (starting at {@code targetStartsAt}). */
    public static Optional<Refusal> book(boolean stageClosed, OffsetDateTime targetStartsAt, OffsetDateTime now) {
        if (stageClosed) {
            return Optional.of(Refusal.STAGE_CLOSED);
        }
        return ahead(targetStartsAt, now) ? Optional.empty() : Optional.of(Refusal.SLOT_PAST);
    }

    /** Cancelling the held moment (starting at {@code heldStartsAt}; {@code held} false: there is none). */
    public static Optional<Refusal> cancel(boolean stageClosed, boolean held, OffsetDateTime heldStartsAt,
            OffsetDateTime now) {
        if (stageClosed) {
            return Optional.of(Refusal.STAGE_CLOSED);
        }
        if (!held) {
            return Optional.of(Refusal.NOTHING_HELD);
        }
        return ahead(heldStartsAt, now) ? Optional.empty() : Optional.of(Refusal.MOMENT_STARTED);
    }

    /** Moving from the held moment to the target moment of the same stage. */
    public static Optional<Refusal> move(boolean stageClosed, UUID heldSlot, OffsetDateTime heldStartsAt, UUID targetSlot,
            OffsetDateTime targetStartsAt, OffsetDateTime now) {
        Optional<Refusal> leaving = cancel(stageClosed, true, heldStartsAt, now);
        if (leaving.isPresent()) {
            return leaving;
        }
        if (heldSlot.equals(targetSlot)) {
            return Optional.of(Refusal.SAME_SLOT);
        }
        return book(false, targetStartsAt, now);
    }

    private static boolean ahead(OffsetDateTime startsAt, OffsetDateTime now) {
        return startsAt != null && startsAt.isAfter(now);
    }
}
