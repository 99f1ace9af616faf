package org.werving.candidate.service;

import org.werving.candidate.messaging.in.IncomingEvents.CandidateAppointed;
import org.werving.candidate.messaging.in.IncomingEvents.CandidateEliminated;
import org.werving.candidate.messaging.in.IncomingEvents;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewScheduled;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveExpired;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveExtended;
import org.werving.candidate.messaging.in.IncomingEvents.SlotBookingRefused;
import org.werving.candidate.messaging.in.IncomingEvents.CapacityTestRecorded;
import org.werving.candidate.messaging.in.IncomingEvents.InterviewScored;
import org.werving.candidate.messaging.in.IncomingEvents.ReserveEntryCreated;
import org.werving.candidate.messaging.in.IncomingEvents.ScreeningFailed;
import org.werving.candidate.messaging.in.IncomingEvents.ScreeningPassed;
import org.werving.candidate.messaging.in.IncomingEvents.SelectionPassed;
import org.werving.candidate.model.ApplicationStatus;
import org.werving.candidate.model.TimelineStep;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/** The candidate's timeline in plain Dutch: one sentence per event, and the status it leads to. */
public final class TimelineTexts {
    public static final String RECEIVED = "Kandidatuur ontvangen";
    private static final String NOT_ADMITTED = "Niet toegelaten";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy 'om' HH:mm");
    private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

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

    /**
     * An admission that overturns an earlier refusal (HR's review, issue 12): the candidate reads that the decision
     * was reviewed and that they are admitted after all, e.g. "Beslissing herzien: je bent alsnog toegelaten tot de
     * selectieprocedure".
     */
    public static TimelineStep screeningReviewed(TimelineStep admitted) {
        String text = admitted.text();
        String lowered = text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
        return new TimelineStep("Beslissing herzien: je bent alsnog " + lowered
                + ". De eerdere beslissing dat je niet toegelaten was, is ingetrokken", admitted.status());
    }

    public static TimelineStep screeningFailed(ScreeningFailed e) {
        // selection-service's motivation may already lead with the verdict: never "Niet toegelaten: Niet toegelaten: …"
        String motivation = e.motivation() == null ? null : e.motivation().trim();
        boolean led = motivation != null && motivation.regionMatches(true, 0, NOT_ADMITTED, 0, NOT_ADMITTED.length());
        return new TimelineStep(led ? motivation : NOT_ADMITTED + reason(motivation), ApplicationStatus.NOT_ADMITTED);
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
        String competencies = e.competencyScores() == null ? "" : e.competencyScores().stream()
                .filter(c -> c != null && !blank(c.competency()) && c.score() != null)
                .map(c -> c.competency() + " " + number(c.score()))
                .collect(java.util.stream.Collectors.joining(", "));
        String verdict = e.cutAbovePassMark() ? "cesuur gehaald, maar niet bij de kandidaten die doorgaan"
                : Boolean.TRUE.equals(e.passed()) ? "geslaagd" : "niet geslaagd";
        return new TimelineStep(stage + score + " — " + verdict
                + (competencies.isEmpty() ? "" : " (per competentie, op 100: " + competencies + ")"),
                ApplicationStatus.IN_PROCEDURE);
    }

    public static TimelineStep candidateEliminated(CandidateEliminated e) {
        String stage = "CAPACITY_TEST".equals(e.stage()) ? "de niveau- en capaciteitstest"
                : blank(e.stage()) ? "een eliminerende proef" : e.stage();
        String what = "OUTSIDE_TOP_N".equals(e.cause()) ? "Niet bij de kandidaten die na " + stage + " doorgaan"
                : "Niet geslaagd voor " + stage;
        return new TimelineStep(what + "; de procedure stopt hier voor jou" + reason(e.motivation()),
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

    /** When a slot starts, for the candidate: Brussels time, e.g. "03-12-2026 om 09:30". */
    public static String when(java.time.OffsetDateTime startsAt) {
        return startsAt == null ? "" : WHEN.format(startsAt.atZoneSameInstant(BRUSSELS));
    }

    public static TimelineStep bookingRequested(int stageOrder) {
        return new TimelineStep("Je koos een moment voor proef " + stageOrder + "; je krijgt een bevestiging", null);
    }

    /** selection-service could not book the slot the candidate chose (SlotBookingRefused). */
    public static TimelineStep bookingRefused(SlotBookingRefused e) {
        String why = e.reason() == null ? "" : switch (e.reason()) {
            case "slot-full" -> ": dat moment is volzet";
            case "already-booked" -> ": je hebt voor die proef al een moment";
            case "candidate-not-in-stage" -> ": je kan nu geen moment voor die proef kiezen";
            case "not-found" -> ": dat moment bestaat niet (meer)";
            case "slot-past" -> ": dat moment is al voorbij";
            case "moment-started" -> ": je geboekte moment is al begonnen of voorbij en kan niet meer verplaatst worden";
            case "stage-closed" -> ": die proef is afgesloten";
            default -> "";
        };
        return new TimelineStep("Het gekozen moment" + (e.stageOrder() == null ? "" : " voor proef " + e.stageOrder())
                + " kon niet geboekt worden" + why + "; kies een ander moment", null);
    }

    /** HR cancelled the booked moment (InterviewCancelled); the candidate chooses another one. */
    public static TimelineStep interviewCancelled(IncomingEvents.InterviewCancelled e) {
        String stage = blank(e.stageName()) ? (e.stageOrder() == null ? "de proef" : "proef " + e.stageOrder())
                : e.stageName();
        return new TimelineStep("Je afspraak voor " + stage + (e.startsAt() == null ? "" : " op " + when(e.startsAt()))
                + " is geannuleerd" + (blank(e.reason()) ? "" : ": " + e.reason().trim())
                + (e.reason() != null && e.reason().trim().endsWith(".") ? "" : ".") + " Kies een nieuw moment.", null);
    }

    public static TimelineStep interviewScheduled(InterviewScheduled e) {
        String stage = blank(e.stageName()) ? (e.stageOrder() == null ? "de volgende proef" : "proef " + e.stageOrder())
                : e.stageName();
        String where = !blank(e.place()) ? " in " + e.place().trim() : !blank(e.meetingLink()) ? " (digitaal)" : "";
        String at = e.startsAt() == null ? "" : " " + when(e.startsAt());
        if (e.moved()) {
            return new TimelineStep("Je moment voor " + stage + " is verplaatst"
                    + (e.previousStartsAt() == null ? "" : " van " + when(e.previousStartsAt()))
                    + (at.isEmpty() ? "" : " naar" + at) + where, ApplicationStatus.IN_PROCEDURE);
        }
        return new TimelineStep("Uitgenodigd voor " + stage + (at.isEmpty() ? "" : " op" + at) + where,
                ApplicationStatus.IN_PROCEDURE);
    }

    public static TimelineStep cancellationRequested(int stageOrder) {
        return new TimelineStep("Je vroeg om je moment voor proef " + stageOrder + " te annuleren; je krijgt een bevestiging",
                null);
    }

    /** The candidate gave up the booked moment (SlotBookingCancelled). */
    public static TimelineStep bookingCancelled(IncomingEvents.SlotBookingCancelled e) {
        String stage = blank(e.stageName()) ? (e.stageOrder() == null ? "de proef" : "proef " + e.stageOrder())
                : e.stageName();
        return new TimelineStep("Je hebt je moment " + (e.startsAt() == null ? "" : "van " + when(e.startsAt()) + " ")
                + "voor " + stage + " geannuleerd. Kies een nieuw moment om toch deel te nemen.", null);
    }

    /** selection-service could not cancel the moment (SlotBookingCancellationRefused); what was booked stays. */
    public static TimelineStep cancellationRefused(IncomingEvents.SlotBookingCancellationRefused e) {
        String why = e.reason() == null ? "" : switch (e.reason()) {
            case "nothing-to-cancel" -> ": je had voor die proef geen moment geboekt";
            case "stage-closed" -> ": die proef is afgesloten";
            case "moment-started" -> ": het moment is al begonnen of voorbij";
            case "candidate-not-in-stage" -> ": je zit niet (meer) in die proef";
            case "not-found" -> ": die proef bestaat niet (meer)";
            default -> "";
        };
        return new TimelineStep("Je moment" + (e.stageOrder() == null ? "" : " voor proef " + e.stageOrder())
                + " kon niet geannuleerd worden" + why, null);
    }

    public static String reserveName(String reserveType) {
        return "PROMOTION".equals(reserveType) ? "bevorderingsreserve" : "wervingsreserve";
    }

    public static TimelineStep reserveExtended(ReserveExtended e) {
        return new TimelineStep("De " + reserveName(e.reserveType()) + " is verlengd"
                + (e.validUntil() == null ? "" : " tot " + DATE.format(e.validUntil()))
                + (blank(e.decisionReference()) ? "" : " (beslissing " + e.decisionReference().trim() + ")"), null);
    }

    public static TimelineStep reserveExpired(ReserveExpired e) {
        return new TimelineStep("De " + reserveName(e.reserveType()) + " is verlopen"
                + (e.validUntil() == null ? "" : " (geldig tot " + DATE.format(e.validUntil()) + ")"), null);
    }

    /** HR ended the reserve early: from when, by which decision and why. */
    public static TimelineStep reserveEnded(IncomingEvents.ReserveEnded e) {
        return new TimelineStep("De " + reserveName(e.reserveType()) + " is beëindigd"
                + (e.endedOn() == null ? "" : " op " + DATE.format(e.endedOn()))
                + (blank(e.decisionReference()) ? "" : " (beslissing " + e.decisionReference().trim() + ")")
                + reason(e.reason()), null);
    }

    public static TimelineStep candidateAppointed(CandidateAppointed e) {
        boolean temporary = "TEMPORARY".equals(e.kind());
        StringBuilder text = new StringBuilder(temporary ? "Tijdelijk aangesteld" : "Aangesteld");
        if (!blank(e.team())) {
            text.append(" in ").append(e.team().trim());
        }
        if (e.startDate() != null) {
            text.append(temporary && e.endDate() != null ? " van " : " vanaf ").append(DATE.format(e.startDate()));
        }
        if (temporary && e.endDate() != null) {
            text.append(" tot ").append(DATE.format(e.endDate()));
        }
        if (temporary && !blank(e.reason())) {
            text.append(" (").append(e.reason().trim()).append(")");
        }
        return new TimelineStep(text.toString(), null);
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
