package org.werving.candidate.model;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VacancyTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime DEADLINE = OffsetDateTime.of(2026, 12, 20, 23, 59, 0, 0, ZoneOffset.UTC);

    @Test
    void aPublishedVacancyTakesApplicationsUntilItsDeadline() {
        Vacancy vacancy = new Vacancy();
        vacancy.published("Werkvloerbegeleider", DEADLINE, NOW);
        assertEquals(VacancyStatus.OPEN, vacancy.status);
        assertTrue(vacancy.acceptsApplicationsAt(NOW));
        assertTrue(vacancy.acceptsApplicationsAt(DEADLINE), "the deadline itself still counts");
        assertFalse(vacancy.acceptsApplicationsAt(DEADLINE.plusSeconds(1)));
    }

    @Test
    void withoutDeadlineItIsOpenUntilClosed() {
        Vacancy vacancy = new Vacancy();
        vacancy.published("Teamcoach", null, NOW);
        assertTrue(vacancy.acceptsApplicationsAt(NOW.plusYears(1)));
        vacancy.closed(NOW);
        assertFalse(vacancy.acceptsApplicationsAt(NOW));
    }

    @Test
    void aClosedVacancyStaysClosedWhateverArrivesLater() {
        Vacancy vacancy = new Vacancy();
        vacancy.published("Teamcoach", DEADLINE, NOW);
        vacancy.closed(NOW.plusDays(1));
        vacancy.published("Teamcoach (herhaald)", DEADLINE, NOW);
        assertEquals(VacancyStatus.CLOSED, vacancy.status);
        assertEquals("Teamcoach (herhaald)", vacancy.title);
        vacancy.closed(NOW.plusDays(5));
        assertEquals(NOW.plusDays(1), vacancy.closedAt, "the first close counts");
    }

    @Test
    void aCloseBeforeThePublicationIsNotUndoneByIt() {
        Vacancy vacancy = new Vacancy();
        vacancy.closed(NOW);
        vacancy.published("Projectmedewerker", DEADLINE, NOW.minusDays(1));
        assertEquals(VacancyStatus.CLOSED, vacancy.status);
        assertFalse(vacancy.acceptsApplicationsAt(NOW));
    }

    @Test
    void anAmendmentMovesTheDeadlineButNeverReopensAClosedVacancy() {
        Vacancy open = new Vacancy();
        open.published("Teamcoach", NOW.minusDays(1), NOW.minusDays(10));
        assertFalse(open.acceptsApplicationsAt(NOW), "deadline passed");
        open.amended("Teamcoach (m/v/x)", NOW.plusDays(5));
        assertTrue(open.acceptsApplicationsAt(NOW), "the later deadline takes applications again");
        assertEquals("Teamcoach (m/v/x)", open.title);
        open.amended(null, NOW.plusDays(6));
        assertEquals("Teamcoach (m/v/x)", open.title, "no title: the title stays");

        Vacancy closed = new Vacancy();
        closed.published("Teamcoach", NOW.plusDays(1), NOW.minusDays(10));
        closed.closed(NOW);
        closed.amended("Teamcoach", NOW.plusDays(30));
        assertEquals(VacancyStatus.CLOSED, closed.status);
        assertFalse(closed.acceptsApplicationsAt(NOW));
    }
}
