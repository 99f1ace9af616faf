package org.werving.vacancy.model;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal list's rules at their boundaries: visibility in time, each filter, the order and the pages. */
class PortalListingTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final PortalListing.Filter ALL = new PortalListing.Filter(null, null, null, null, null, null, false);
    private static final PortalListing.Filter WITH_CLOSED = new PortalListing.Filter(" ", "", null, null, null, null, true);

    private static PortalListing.Facts facts(VacancyStatus status, OffsetDateTime deadline, OffsetDateTime closedAt) {
        return new PortalListing.Facts(UUID.randomUUID(), status, "B", "Sociaal Huis", List.of("Groen", "Schoonmaak"),
                "INDEFINITE", deadline, closedAt, Map.of("begeleider", new int[] {1}));
    }

    private static boolean shows(PortalListing.Facts f, PortalListing.Filter filter) {
        return PortalListing.shows(f, filter, TextQuery.parse(filter.q() == null ? "" : "'begeleider'"), NOW);
    }

    @Test
    void publishedShowsDraftsNeverClosedOnlyWhenAskedAndForThirtyDays() {
        assertTrue(shows(facts(VacancyStatus.PUBLISHED, NOW.minusDays(1), null), ALL), "the status decides, not the deadline");
        assertFalse(shows(facts(VacancyStatus.DRAFT, NOW.plusDays(1), null), WITH_CLOSED));
        PortalListing.Facts closed = facts(VacancyStatus.CLOSED, NOW.minusDays(3), NOW.minusDays(30).plusSeconds(1));
        assertFalse(shows(closed, ALL));
        assertTrue(shows(closed, WITH_CLOSED));
        assertFalse(shows(facts(VacancyStatus.CLOSED, NOW, NOW.minusDays(30)), WITH_CLOSED), "exactly 30 days: gone");
        assertFalse(shows(facts(VacancyStatus.CLOSED, NOW, null), WITH_CLOSED), "closed without a date: never");
        assertFalse(shows(facts(VacancyStatus.FILLED, NOW, NOW.minusDays(1)), WITH_CLOSED));
        assertFalse(shows(facts(VacancyStatus.ARCHIVED, NOW, NOW.minusDays(1)), WITH_CLOSED));
    }

    @Test
    void filtersCompareAsTheSqlDid() {
        PortalListing.Facts f = facts(VacancyStatus.PUBLISHED, NOW.plusDays(5), null);
        assertTrue(shows(f, new PortalListing.Filter(null, " B ", " sociaal huis ", "GROEN", "INDEFINITE", null, false)));
        assertFalse(shows(f, new PortalListing.Filter(null, "b", null, null, null, null, false)), "level: exact case");
        assertFalse(shows(f, new PortalListing.Filter(null, null, "Sociaal", null, null, null, false)), "directorate: whole");
        assertFalse(shows(f, new PortalListing.Filter(null, null, null, "groe", null, null, false)), "work domain: whole");
        assertFalse(shows(f, new PortalListing.Filter(null, null, null, null, "indefinite", null, false)), "contract: exact");
        assertFalse(shows(f, new PortalListing.Filter(null, null, null, null, null, NOW.plusDays(5), false)),
                "deadlineAfter is strict");
        assertTrue(shows(f, new PortalListing.Filter(null, null, null, null, null,
                NOW.plusDays(5).minusNanos(1000).withOffsetSameInstant(ZoneOffset.ofHours(2)), false)), "instants compared");
        assertFalse(shows(facts(VacancyStatus.PUBLISHED, null, null),
                new PortalListing.Filter(null, null, null, null, null, NOW, false)), "no deadline: not after anything");
        assertTrue(shows(f, new PortalListing.Filter("begeleiders", null, null, null, null, null, false)));
        assertFalse(PortalListing.shows(f, new PortalListing.Filter("x", null, null, null, null, null, false),
                TextQuery.parse("'zwembad'"), NOW));
    }

    @Test
    void orderIsDeadlineThenUuidTextWithoutDeadlineLast() {
        OffsetDateTime d = NOW.plusDays(3);
        PortalListing.Facts late = facts(VacancyStatus.PUBLISHED, d.plusHours(1), null);
        PortalListing.Facts none = facts(VacancyStatus.PUBLISHED, null, null);
        PortalListing.Facts a = new PortalListing.Facts(UUID.fromString("7fffffff-0000-0000-0000-000000000000"),
                VacancyStatus.PUBLISHED, null, null, null, null, d, null, null);
        // as UUID.compareTo this one is smaller (signed), as PostgreSQL (and its text) it is larger
        PortalListing.Facts b = new PortalListing.Facts(UUID.fromString("80000000-0000-0000-0000-000000000000"),
                VacancyStatus.PUBLISHED, null, null, null, null, d.withOffsetSameInstant(ZoneOffset.ofHours(1)), null, null);
        List<PortalListing.Facts> list = new ArrayList<>(List.of(none, b, late, a));
        list.sort(PortalListing.ORDER);
        assertEquals(List.of(a, b, late, none), list);
    }

    @Test
    void pagesSkipTheEarlierPagesAndBringOneExtra() {
        List<Integer> numbers = IntStream.rangeClosed(1, 10).boxed().toList();
        assertEquals(List.of(2, 4, 6, 8), PortalListing.page(numbers, n -> n % 2 == 0, 1, 3));
        assertEquals(List.of(8, 10), PortalListing.page(numbers, n -> n % 2 == 0, 2, 3), "the last page: no extra");
        assertEquals(List.of(), PortalListing.page(numbers, n -> n % 2 == 0, 3, 3), "past the end");
        assertEquals(List.of(10), PortalListing.page(numbers, n -> true, 10, 1));
        assertEquals(List.of(), PortalListing.page(numbers, n -> true, 100_000, 100), "no overflow on the largest page");
    }
}
