package org.werving.selection.model;

import org.junit.jupiter.api.Test;
import org.werving.selection.model.BookingChanges.Refusal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The self-service booking rule at its boundaries: the stage closed or not, a moment just before, at and after now. */
class BookingChangesTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2027, 1, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime JUST_AFTER = NOW.plusNanos(1000);
    static final OffsetDateTime JUST_BEFORE = NOW.minusNanos(1000);
    static final UUID HELD = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();

    @Test
    void aMomentAheadCanBeBookedOneThatStartsNowOrEarlierCannot() {
        assertEquals(Optional.empty(), BookingChanges.book(false, JUST_AFTER, NOW));
        assertEquals(Optional.of(Refusal.SLOT_PAST), BookingChanges.book(false, NOW, NOW));
        assertEquals(Optional.of(Refusal.SLOT_PAST), BookingChanges.book(false, JUST_BEFORE, NOW));
        assertEquals(Optional.of(Refusal.SLOT_PAST), BookingChanges.book(false, null, NOW));
    }

    @Test
    void aClosedStageTakesNoBookingEvenAhead() {
        assertEquals(Optional.of(Refusal.STAGE_CLOSED), BookingChanges.book(true, JUST_AFTER, NOW));
    }

    @Test
    void aHeldMomentCanBeCancelledUntilItBegins() {
        assertEquals(Optional.empty(), BookingChanges.cancel(false, true, JUST_AFTER, NOW));
        assertEquals(Optional.of(Refusal.MOMENT_STARTED), BookingChanges.cancel(false, true, NOW, NOW));
        assertEquals(Optional.of(Refusal.MOMENT_STARTED), BookingChanges.cancel(false, true, JUST_BEFORE, NOW));
    }

    @Test
    void withoutAHeldMomentThereIsNothingToCancel() {
        assertEquals(Optional.of(Refusal.NOTHING_HELD), BookingChanges.cancel(false, false, null, NOW));
        assertEquals(Optional.of(Refusal.STAGE_CLOSED), BookingChanges.cancel(true, false, null, NOW));
    }

    @Test
    void nothingIsCancelledOnceTheStageIsClosed() {
        assertEquals(Optional.of(Refusal.STAGE_CLOSED), BookingChanges.cancel(true, true, JUST_AFTER, NOW));
        assertEquals(Optional.of(Refusal.STAGE_CLOSED), BookingChanges.cancel(true, true, JUST_BEFORE, NOW));
    }

    @Test
    void aMoveNeedsBothTheHeldAndTheTargetMomentAhead() {
        assertEquals(Optional.empty(), BookingChanges.move(false, HELD, JUST_AFTER, OTHER, JUST_AFTER, NOW));
        assertEquals(Optional.of(Refusal.MOMENT_STARTED), BookingChanges.move(false, HELD, NOW, OTHER, JUST_AFTER, NOW));
        assertEquals(Optional.of(Refusal.SLOT_PAST), BookingChanges.move(false, HELD, JUST_AFTER, OTHER, NOW, NOW));
        assertEquals(Optional.of(Refusal.SLOT_PAST), BookingChanges.move(false, HELD, JUST_AFTER, OTHER, JUST_BEFORE, NOW));
    }

    @Test
    void aMoveToTheMomentHeldIsRefusedAndAClosedStageComesFirst() {
        assertEquals(Optional.of(Refusal.SAME_SLOT), BookingChanges.move(false, HELD, JUST_AFTER, HELD, JUST_AFTER, NOW));
        assertEquals(Optional.of(Refusal.STAGE_CLOSED), BookingChanges.move(true, HELD, JUST_AFTER, OTHER, JUST_AFTER, NOW));
    }

    @Test
    void theRefusalsCarryTheRuleNamesOfTheEvents() {
        assertEquals("stage-closed", Refusal.STAGE_CLOSED.rule);
        assertEquals("moment-started", Refusal.MOMENT_STARTED.rule);
        assertEquals("slot-past", Refusal.SLOT_PAST.rule);
        assertEquals("already-booked", Refusal.SAME_SLOT.rule);
        assertEquals("nothing-to-cancel", Refusal.NOTHING_HELD.rule);
    }
}
