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
import static org.werving.candidate.model.ApplicationStatus.WITHDRAWN;

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
        assertEquals(NOT_ADMITTED, NOT_ADMITTED.advanceTo(IN_PROCEDURE), "only an admission overturns a refusal");
        assertEquals(NOT_ADMITTED, NOT_ADMITTED.advanceTo(RECEIVED));
        assertEquals(IN_PROCEDURE, IN_PROCEDURE.advanceTo(IN_PROCEDURE));
        assertEquals(ADMITTED, ADMITTED.advanceTo(null), "an event that does not move the status");
    }

    @Test
    void anAdmissionAfterARefusalOverturnsIt() {
        assertEquals(ADMITTED, NOT_ADMITTED.advanceTo(ADMITTED), "HR admits a refused candidate on review");
        assertEquals(AWAITING_CAPACITY_TEST, NOT_ADMITTED.advanceTo(AWAITING_CAPACITY_TEST));
        assertTrue(NOT_ADMITTED.overturnedBy(ADMITTED));
        assertTrue(NOT_ADMITTED.overturnedBy(AWAITING_CAPACITY_TEST));
        assertFalse(NOT_ADMITTED.overturnedBy(NOT_ADMITTED), "a second refusal overturns nothing");
        assertFalse(NOT_ADMITTED.overturnedBy(null));
        assertFalse(NOT_ADMITTED.overturnedBy(IN_PROCEDURE));
        assertFalse(ELIMINATED.overturnedBy(ADMITTED), "an elimination is not undone by a screening");
        assertFalse(WITHDRAWN.overturnedBy(ADMITTED), "a candidate who withdrew stays withdrawn");
        assertFalse(ADMITTED.overturnedBy(ADMITTED));
        assertEquals(ELIMINATED, ELIMINATED.advanceTo(ADMITTED));
        assertEquals(WITHDRAWN, WITHDRAWN.advanceTo(AWAITING_CAPACITY_TEST));
        assertEquals(NOT_ADMITTED, ADMITTED.advanceTo(NOT_ADMITTED), "HR may still refuse an admitted candidate");
    }

    @Test
    void anOverturnedRefusalReopensTheProcedure() {
        Application application = new Application();
        application.status = NOT_ADMITTED;
        java.time.OffsetDateTime refused = java.time.OffsetDateTime.parse("2026-11-02T10:00:00Z");
        application.leftProcedureAt = refused;
        application.advance(new TimelineStep("toegelaten", ADMITTED), refused.plusDays(3));
        assertEquals(ADMITTED, application.status);
        assertEquals(null, application.leftProcedureAt, "retention does not run while the candidate is in the procedure");
        application.advance(new TimelineStep("niet toegelaten", NOT_ADMITTED), refused.plusDays(4));
        assertEquals(refused.plusDays(4), application.leftProcedureAt);
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
