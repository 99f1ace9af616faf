package org.werving.candidate.service;

import org.werving.candidate.messaging.IncomingEvents.CandidateEliminated;
import org.werving.candidate.messaging.IncomingEvents.CapacityTestRecorded;
import org.werving.candidate.messaging.IncomingEvents.InterviewScored;
import org.werving.candidate.messaging.IncomingEvents.ReserveEntryCreated;
import org.werving.candidate.messaging.IncomingEvents.ScreeningFailed;
import org.werving.candidate.messaging.IncomingEvents.ScreeningPassed;
import org.werving.candidate.messaging.IncomingEvents.SelectionPassed;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.TimelineStep;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/** The candidate's timeline in plain Dutch: one sentence per event, and the status it leads to. */
public final class TimelineTexts {
    public static final String RECEIVED = "Kandidatuur ontvangen";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private TimelineTexts() {
    }

    public static TimelineStep received() {
        return new TimelineStep(RECEIVED, ApplicationStatus.RECEIVED);
    }

    public static TimelineStep withdrawn() {
        return new TimelineStep("Je hebt je kandidatuur ingetrokken; de procedure stopt hier voor jou",
                ApplicationStatus.WITHDRAWN);
    }

    public static TimelineStep screeningPassed(ScreeningPassed e) {
        return Boolean.TRUE.equals(e.capacityTestRequired())
                ? new TimelineStep("Toegelaten tot de selectieprocedure; je legt eerst de niveau- en capaciteitstest af",
                        ApplicationStatus.AWAITING_CAPACITY_TEST)
                : new TimelineStep("Toegelaten tot de selectieprocedure", ApplicationStatus.ADMITTED);
    }

    public static TimelineStep screeningFailed(ScreeningFailed e) {
        return new TimelineStep("Niet toegelaten" + reason(e.motivation()), ApplicationStatus.NOT_ADMITTED);
    }

    /** A failed test is followed by CandidateEliminated, which ends the procedure; the result alone does not. */
    public static TimelineStep capacityTestRecorded(CapacityTestRecorded e) {
        boolean passed = Boolean.TRUE.equals(e.passed());
        return new TimelineStep("Niveau- en capaciteitstest: " + (passed ? "geslaagd" : "niet geslaagd"),
                passed ? ApplicationStatus.IN_PROCEDURE : null);
    }

    public static TimelineStep interviewScored(InterviewScored e) {
        String stage = blank(e.stageName()) ? (e.stageOrder() == null ? "Proef" : "Proef " + e.stageOrder()) : e.stageName();
        String score = e.score() == null ? "" : ": " + number(e.score()) + "/100";
        return new TimelineStep(stage + score + " — " + (Boolean.TRUE.equals(e.passed()) ? "geslaagd" : "niet geslaagd"),
                ApplicationStatus.IN_PROCEDURE);
    }

    public static TimelineStep candidateEliminated(CandidateEliminated e) {
        String stage = "CAPACITY_TEST".equals(e.stage()) ? "de niveau- en capaciteitstest"
                : blank(e.stage()) ? "een eliminerende proef" : e.stage();
        return new TimelineStep("Niet geslaagd voor " + stage + "; de procedure stopt hier voor jou" + reason(e.motivation()),
                ApplicationStatus.ELIMINATED);
    }

    public static TimelineStep selectionPassed(SelectionPassed e) {
        return new TimelineStep("Geslaagd voor de selectieprocedure"
                + (e.finalScore() == null ? "" : " met " + number(e.finalScore()) + "/100"), ApplicationStatus.PASSED);
    }

    public static TimelineStep reserveEntryCreated(ReserveEntryCreated e) {
        String reserve = "PROMOTION".equals(e.reserveType()) ? "bevorderingsreserve" : "wervingsreserve";
        return new TimelineStep("Opgenomen in de " + reserve
                + (e.validUntil() == null ? "" : ", geldig tot " + DATE.format(e.validUntil())), ApplicationStatus.IN_RESERVE);
    }

    private static String reason(String motivation) {
        return blank(motivation) ? "" : ": " + motivation.trim();
    }

    /** 72 stays 72, 72.50 becomes 72,5 (Dutch decimal comma). */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() <= 0 ? plain.setScale(0).toPlainString() : plain.toPlainString()).replace('.', ',');
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
