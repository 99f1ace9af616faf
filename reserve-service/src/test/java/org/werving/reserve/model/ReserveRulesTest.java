package org.werving.reserve.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReserveRulesTest {
    private static final LocalDate DAY = LocalDate.of(2027, 5, 3);

    private static ReserveEntry entry(EntryState state, LocalDate temporaryUntil) {
        ReserveEntry e = new ReserveEntry();
        e.state = state;
        e.temporaryUntil = temporaryUntil;
        return e;
    }

    @Test
    void byDefaultATemporaryAppointmentKeepsThePlaceForAPermanentOne() {
        ReserveRules rules = ReserveRules.DEFAULTS;
        assertEquals(EntryState.TEMPORARILY_APPOINTED, rules.afterAppointment(AppointmentKind.TEMPORARY));
        ReserveEntry temp = entry(EntryState.TEMPORARILY_APPOINTED, DAY.plusMonths(3));
        assertTrue(rules.availableFor(temp, AppointmentKind.PERMANENT, DAY));
        assertFalse(rules.availableFor(temp, AppointmentKind.TEMPORARY, DAY), "busy replacing someone");
        assertTrue(rules.availableFor(temp, AppointmentKind.TEMPORARY, DAY.plusMonths(3).plusDays(1)), "after the replacement ends");
    }

    @Test
    void aPermanentAppointmentEndsTheEntry() {
        assertEquals(EntryState.APPOINTED, ReserveRules.DEFAULTS.afterAppointment(AppointmentKind.PERMANENT));
        for (AppointmentKind kind : AppointmentKind.values()) {
            assertFalse(ReserveRules.DEFAULTS.availableFor(entry(EntryState.APPOINTED, null), kind, DAY));
            assertFalse(ReserveRules.DEFAULTS.availableFor(entry(EntryState.ENDED, null), kind, DAY));
            assertTrue(ReserveRules.DEFAULTS.availableFor(entry(EntryState.ACTIVE, null), kind, DAY));
        }
    }

    @Test
    void byDefaultTheFirstDeclineKeepsThePlaceAndTheSecondEndsIt() {
        ReserveRules rules = ReserveRules.DEFAULTS;
        assertTrue(rules.declineCounts(AppointmentKind.TEMPORARY));
        assertEquals(EntryState.ACTIVE, rules.afterDecline(EntryState.ACTIVE, 1));
        assertEquals(EntryState.ENDED, rules.afterDecline(EntryState.ACTIVE, 2));
        assertEquals(EntryState.TEMPORARILY_APPOINTED, rules.afterDecline(EntryState.TEMPORARILY_APPOINTED, 1));
    }

    @Test
    void theRulesAreConfigurable() {
        ReserveRules strict = new ReserveRules(false, 0, false);
        assertEquals(EntryState.ENDED, strict.afterAppointment(AppointmentKind.TEMPORARY));
        assertEquals(EntryState.ENDED, strict.afterDecline(EntryState.ACTIVE, 1));
        assertFalse(strict.declineCounts(AppointmentKind.TEMPORARY));
        assertTrue(strict.declineCounts(AppointmentKind.PERMANENT));
        ReserveRules lenient = new ReserveRules(true, 3, true);
        assertEquals(EntryState.ACTIVE, lenient.afterDecline(EntryState.ACTIVE, 3));
        assertEquals(EntryState.ENDED, lenient.afterDecline(EntryState.ACTIVE, 4));
        assertThrows(IllegalArgumentException.class, () -> new ReserveRules(true, -1, true));
    }
}
