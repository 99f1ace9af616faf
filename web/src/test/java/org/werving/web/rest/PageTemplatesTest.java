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
                timeline);
    }

    private String render(Candidates.Application app, List<Candidates.FreeSlot> slots) {
        return page.data("app", app).data("data", null).data("vacancy", null).data("booking", Booking.of(app))
                .data("slots", slots).data("stageName", "Speedinterview").data("open", true).data("csrf", "c5rf")
                .data("done", null).data("failed", null).render();
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
}
