package org.werving.candidate.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.werving.candidate.model.ApplicationStatus.ADMITTED;
import static org.werving.candidate.model.ApplicationStatus.AWAITING_CAPACITY_TEST;
import static org.werving.candidate.model.ApplicationStatus.ELIMINATED;
import static org.werving.candidate.model.ApplicationStatus.IN_PROCEDURE;
import static org.werving.candidate.model.ApplicationStatus.IN_RESERVE;
import static org.werving.candidate.model.ApplicationStatus.NOT_ADMITTED;
import static org.werving.candidate.model.ApplicationStatus.PASSED;
import static org.werving.candidate.model.ApplicationStatus.RECEIVED;

class ApplicationStatusTest {

    @Test
    void theStatusMovesForwardAlongTheProcedure() {
        assertEquals(ADMITTED, RECEIVED.advanceTo(ADMITTED));
        assertEquals(AWAITING_CAPACITY_TEST, RECEIVED.advanceTo(AWAITING_CAPACITY_TEST));
        assertEquals(IN_PROCEDURE, AWAITING_CAPACITY_TEST.advanceTo(IN_PROCEDURE));
        assertEquals(PASSED, IN_PROCEDURE.advanceTo(PASSED));
        assertEquals(IN_RESERVE, PASSED.advanceTo(IN_RESERVE));
        assertEquals(NOT_ADMITTED, RECEIVED.advanceTo(NOT_ADMITTED));
        assertEquals(ELIMINATED, IN_PROCEDURE.advanceTo(ELIMINATED));
    }

    @Test
    void aLateEventNeverSetsTheStatusBack() {
        assertEquals(IN_RESERVE, IN_RESERVE.advanceTo(PASSED), "SelectionPassed after ReserveEntryCreated");
        assertEquals(ELIMINATED, ELIMINATED.advanceTo(IN_PROCEDURE), "a score recorded after the elimination");
        assertEquals(NOT_ADMITTED, NOT_ADMITTED.advanceTo(ADMITTED));
        assertEquals(IN_PROCEDURE, IN_PROCEDURE.advanceTo(IN_PROCEDURE));
        assertEquals(ADMITTED, ADMITTED.advanceTo(null), "an event that does not move the status");
    }

    @Test
    void endOfTheRoad() {
        assertTrue(ELIMINATED.isFinal());
        assertTrue(NOT_ADMITTED.isFinal());
        assertTrue(IN_RESERVE.isFinal());
        assertFalse(PASSED.isFinal());
        assertFalse(RECEIVED.isFinal());
    }
}
