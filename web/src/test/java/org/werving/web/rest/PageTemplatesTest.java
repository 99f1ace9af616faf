package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.web.client.Candidates;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "mijn kandidatuur" template with the moments a candidate can choose and with a booked moment,
 * rendered by the application's own Qute engine (no service is called: the data is given).
 */
@QuarkusTest
class PageTemplatesTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 22, 8, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    @Location("kandidatuur.html")
    Template page;

    private static Candidates.Application app(String... types) {
        List<Candidates.TimelineItem> timeline = java.util.Arrays.stream(types)
                .map(t -> new Candidates.TimelineItem(AT, t, t.equals("InterviewScheduled")
                        ? "Uitgenodigd voor Speedinterview op 22-12-2026 om 09:00 in Stadhuis, zaal 2" : "Stap " + t))
                .toList();
        return new Candidates.Application(UUID.randomUUID(), UUID.randomUUID(), "Werkvloerbegeleider", "ADMITTED", AT,
                timeline, null);
    }

    private String render(Candidates.Application app, List<Candidates.FreeSlot> slots) {
        return render(app, Booking.of(app), slots);
    }

    private String render(Candidates.Application app, Booking booking, List<Candidates.FreeSlot> slots) {
        return page.data("app", app).data("data", null).data("vacancy", null).data("booking", booking)
                .data("slots", slots).data("stageName", "Speedinterview").data("open", true).data("csrf", "c5rf")
                .data("done", null).data("failed", null).render();
    }

    @Test
    void theDecisionLettersAreListedAsDownloadsOfTheirOwnAddress() {
        UUID letter = UUID.randomUUID();
        Candidates.Application app = app("CandidateApplied", "ScreeningFailed");
        String none = render(app, List.of());
        assertTrue(none.contains("Er zijn nog geen beslissingsbrieven"), none);
        String html = page.data("app", app).data("data", null).data("vacancy", null).data("booking", Booking.of(app))
                .data("slots", List.of()).data("stageName", null).data("open", false).data("csrf", "c5rf")
                .data("done", null).data("failed", null)
                .data("letters", List.of(new Candidates.Letter(letter, "ScreeningFailed", "Niet toegelaten: Werkvloerbegeleider", AT)))
                .render();
        assertTrue(html.contains("href=\"/mijn-kandidatuur/brieven/" + letter + "\" download>Niet toegelaten: Werkvloerbegeleider</a>"), html);
        assertTrue(html.contains("(PDF, "), html);
        assertFalse(html.contains("Er zijn nog geen beslissingsbrieven"), html);
    }

    @Test
    void theFreeMomentsAreOfferedAsOneChoiceWithTheSessionsCsrfToken() {
        UUID first = UUID.randomUUID();
        String html = render(app("CandidateApplied", "ScreeningPassed"), List.of(
                new Candidates.FreeSlot(first, AT, 30, "Stadhuis, zaal 2", false, 2),
                new Candidates.FreeSlot(UUID.randomUUID(), AT.plusHours(1), 45, null, true, 1)));
        assertTrue(html.contains("id=\"slot-" + first + "\""), html);
        assertTrue(html.contains("dinsdag 22 december 2026 om 9.00 uur, 30 minuten, Stadhuis, zaal 2"), html);
        assertTrue(html.contains("45 minuten, online"), html);
        assertTrue(html.contains("nog 2 plaatsen") && html.contains("nog 1 plaats)"), html);
        assertTrue(html.contains("name=\"fase\" value=\"1\""), html);
        assertTrue(html.contains("name=\"csrf\" value=\"c5rf\""), html);
    }

    @Test
    void withoutFreeMomentsThePageSaysSo() {
        String html = render(app("CandidateApplied", "ScreeningPassed"), List.of());
        assertTrue(html.contains("Er zijn nog geen momenten om uit te kiezen"), html);
        assertFalse(html.contains("/mijn-kandidatuur/boeken"), html);
    }

    @Test
    void aBookedMomentIsShownWithWhomToAskToMoveIt() {
        String html = render(app("CandidateApplied", "ScreeningPassed", "SlotBookingRequested", "InterviewScheduled"),
                List.of());
        assertTrue(html.contains("Uitgenodigd voor Speedinterview op 22-12-2026 om 09:00 in Stadhuis, zaal 2"), html);
        assertTrue(html.contains("verplaatsen of annuleren"), html);
        assertFalse(html.contains("/mijn-kandidatuur/boeken"), html);
    }

    /** An application that holds a moment of stage 1 (CONTRACTS C3: candidate-service lists it). */
    private static Candidates.Application holding(UUID slot, String... types) {
        Candidates.Application a = app(types);
        return new Candidates.Application(a.id(), a.vacancyId(), a.vacancyTitle(), "IN_PROCEDURE", a.appliedAt(),
                a.timeline(), List.of(new Candidates.BookedMoment(1, "Speedinterview", slot, AT, AT.plusMinutes(30),
                        "Stadhuis, zaal 2", null)));
    }

    @Test
    void aHeldMomentAheadCanBeMovedToAnotherFreeOneOrCancelledWithTheSessionsCsrfToken() {
        UUID held = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Candidates.Application app = holding(held, "CandidateApplied", "ScreeningPassed", "InterviewScheduled");
        String html = render(app, Booking.of(app, AT.minusDays(1)), List.of(
                new Candidates.FreeSlot(other, AT.plusDays(1), 30, "Stadhuis, zaal 4", false, 1)));
        assertTrue(html.contains("Geboekt: <strong>dinsdag 22 december 2026 om 9.00 uur</strong> tot 9.30 uur, "
                + "Stadhuis, zaal 2."), html);
        assertTrue(html.contains("action=\"/mijn-kandidatuur/verplaatsen\""), html);
        assertTrue(html.contains("id=\"ander-" + other + "\""), html);
        assertTrue(html.contains("action=\"/mijn-kandidatuur/annuleren\""), html);
        assertTrue(html.contains("id=\"bevestig-annuleren\""), html);
        assertEquals(3, html.split("name=\"fase\" value=\"1\"", -1).length, "both forms name the stage");
        assertEquals(6, html.split("name=\"csrf\" value=\"c5rf\"", -1).length, html);
        assertFalse(html.contains("Neem dan contact op"), html);
    }

    @Test
    void aMomentThatHasBegunCanNoLongerBeChanged() {
        Candidates.Application app = holding(UUID.randomUUID(), "ScreeningPassed", "InterviewScheduled");
        String html = render(app, Booking.of(app, AT.plusMinutes(5)), List.of());
        assertTrue(html.contains("verplaatsen of annuleren kan niet meer"), html);
        assertFalse(html.contains("/mijn-kandidatuur/annuleren"), html);
        assertFalse(html.contains("/mijn-kandidatuur/verplaatsen"), html);
    }

    @Test
    void aRefusedMoveSaysWhyAndKeepsTheMoment() {
        Candidates.Application app = holding(UUID.randomUUID(), "ScreeningPassed", "InterviewScheduled",
                "SlotBookingRequested", "SlotBookingRefused");
        String html = render(app, Booking.of(app, AT.minusDays(1)), List.of());
        assertTrue(html.contains("Stap SlotBookingRefused."), html);
        assertTrue(html.contains("Geboekt: <strong>"), html);
        assertTrue(html.contains("Er is nu geen ander vrij moment"), html);
    }
}
