package org.werving.vacancy.service;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.vacancy.model.PortalListing;
import org.werving.vacancy.repository.VacancyRows;

import io.vertx.mutiny.sqlclient.Tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's in-memory snapshot over rows written straight into the real PostgreSQL (then refreshed): the same
 * answers the portal's former SQL statement gave (Dutch stemming, filters, pages ordered by deadline then id, ties
 * included, the extra item that tells a next page exists, empty results), and a change made by another replica
 * (plain SQL and a NOTIFY on another connection) reaching the snapshot through its LISTEN connection alone.
 * Each test works in a directorate of its own, so other tests' vacancies never show.
 */
@QuarkusTest
class PortalSnapshotTest {
    private static final OffsetDateTime SOON = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0);

    @Inject
    Pool pool;
    @Inject
    PortalSnapshot snapshot;
    @Inject
    DeadlineCloser closer;

    private static String directorate() {
        return "Repo " + UUID.randomUUID();
    }

    private List<PortalSnapshot.Entry> page(PortalListing.Filter filter, int page, int size) {
        snapshot.refreshAll().await().indefinitely();
        PortalSnapshot.Page shown = snapshot.page(filter, page, size).await().indefinitely();
        List<PortalSnapshot.Entry> items = new ArrayList<>(shown.items());
        if (shown.more()) {
            items.add(snapshot.page(filter, page + 1, size).await().indefinitely().items().get(0));
        }
        return items;
    }

    private static PortalListing.Filter in(String directorate, String q) {
        return new PortalListing.Filter(q, null, directorate, null, null, null, false);
    }

    private static List<UUID> ids(List<PortalSnapshot.Entry> items) {
        return items.stream().map(e -> e.facts().id()).toList();
    }

    @Test
    void dutchStemmingFindsOtherFormsOfTheWordAndNotUnrelatedOnes() {
        String directorate = directorate();
        UUID begeleider = VacancyRows.insert(pool, new VacancyRows.Row("Begeleider leerwerkvloer", directorate, "PUBLISHED", SOON)
                .withPurpose("Je stuurt leerwerknemers aan."));
        UUID boekhouder = VacancyRows.insert(pool, new VacancyRows.Row("Boekhouder", directorate, "PUBLISHED", SOON)
                .withDetails("{\"competencies\":[{\"name\":\"Empathisch handelen\",\"definition\":\"Je voelt aan wat klanten bedoelen.\"}]}"));

        assertEquals(List.of(begeleider), ids(page(in(directorate, "begeleiders"), 1, 10)), "plural finds the singular title");
        assertEquals(List.of(begeleider), ids(page(in(directorate, "leerwerknemer"), 1, 10)), "singular finds the plural purpose");
        assertEquals(List.of(boekhouder), ids(page(in(directorate, "empathische"), 1, 10)), "competency text, stemmed");
        assertEquals(List.of(boekhouder), ids(page(in(directorate, "klant"), 1, 10)), "competency definition, stemmed");
        assertEquals(List.of(), ids(page(in(directorate, "verpleegkundige"), 1, 10)), "no match: an empty page");
        assertEquals(2, page(in(directorate, "   "), 1, 10).size(), "a blank query filters nothing");
    }

    @Test
    void equalDeadlinesAreOrderedByIdSoThatPagesNeitherRepeatNorSkip() {
        String directorate = directorate();
        List<UUID> tied = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tied.add(VacancyRows.insert(pool, new VacancyRows.Row("Gelijke deadline " + i, directorate, "PUBLISHED", SOON)));
        }
        UUID earlier = VacancyRows.insert(pool, new VacancyRows.Row("Vroeger", directorate, "PUBLISHED", SOON.minusDays(1)));
        UUID noDeadline = VacancyRows.insert(pool, new VacancyRows.Row("Zonder deadline", directorate, "PUBLISHED", null));
        // PostgreSQL orders uuids by their bytes, unsigned: the order of their text, not of UUID.compareTo
        tied.sort(Comparator.comparing(UUID::toString));

        List<UUID> expected = new ArrayList<>();
        expected.add(earlier);
        expected.addAll(tied);
        expected.add(noDeadline); // NULLS LAST

        List<PortalSnapshot.Entry> first = page(in(directorate, null), 1, 3);
        List<PortalSnapshot.Entry> second = page(in(directorate, null), 2, 3);
        List<PortalSnapshot.Entry> third = page(in(directorate, null), 3, 3);
        assertEquals(4, first.size(), "a page of 3 comes with one extra row: there is a next page");
        assertEquals(expected.subList(0, 4), ids(first));
        assertEquals(expected.subList(3, 7), ids(second), "page 2 starts after page 1's third item");
        assertEquals(List.of(expected.get(6)), ids(third), "the last page has no extra row");
        assertEquals(List.of(), page(in(directorate, null), 4, 3), "past the end: empty");
    }

    @Test
    void filtersOnLevelWorkDomainContractTypeAndDeadline() {
        String directorate = directorate();
        UUID a = VacancyRows.insert(pool, new VacancyRows.Row("Jurist", directorate, "PUBLISHED", SOON).withLevel("A")
                .withDetails("{\"workDomains\":[\"Juridisch\"],\"offer\":{\"contractType\":\"STATUTORY\"}}"));
        UUID c = VacancyRows.insert(pool, new VacancyRows.Row("Tuinier", directorate, "PUBLISHED", SOON.plusDays(10)).withLevel("C")
                .withDetails("{\"workDomains\":[\"groen\",\"schoonmaak\"],\"offer\":{\"contractType\":\"INDEFINITE\"}}"));

        assertEquals(List.of(a), ids(page(new PortalListing.Filter(null, "A", directorate, null, null, null, false), 1, 10)));
        assertEquals(List.of(c), ids(page(new PortalListing.Filter(null, null, directorate, "GROEN", null, null, false), 1, 10)),
                "work domain: case-insensitive, any of the list");
        assertEquals(List.of(a), ids(page(new PortalListing.Filter(null, null, directorate, null, "STATUTORY", null, false), 1, 10)));
        assertEquals(List.of(c), ids(page(new PortalListing.Filter(null, null, directorate, null, null, SOON, false), 1, 10)),
                "deadlineAfter is strict: a deadline at that moment is left out");
        assertEquals(List.of(a, c), ids(page(new PortalListing.Filter(null, null, directorate.toUpperCase(), null, null, null, false), 1, 10)),
                "directorate: case-insensitive");
        assertEquals(List.of(), ids(page(new PortalListing.Filter(null, "E", directorate, null, null, null, false), 1, 10)));
    }

    @Test
    void closedVacanciesShowOnlyWhenAskedAndOnlyForThirtyDaysDraftsNever() {
        String directorate = directorate();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID open = VacancyRows.insert(pool, new VacancyRows.Row("Open", directorate, "PUBLISHED", SOON));
        UUID recent = VacancyRows.insert(pool, new VacancyRows.Row("Pas gesloten", directorate, "CLOSED", now.minusDays(2))
                .closedAt(now.minusDays(PortalListing.RECENTLY_CLOSED_DAYS).plusHours(1)));
        VacancyRows.insert(pool, new VacancyRows.Row("Lang gesloten", directorate, "CLOSED", now.minusDays(40))
                .closedAt(now.minusDays(PortalListing.RECENTLY_CLOSED_DAYS).minusHours(1)));
        VacancyRows.insert(pool, new VacancyRows.Row("Ontwerp", directorate, "DRAFT", SOON));
        VacancyRows.insert(pool, new VacancyRows.Row("Gearchiveerd", directorate, "ARCHIVED", SOON).closedAt(now.minusDays(1)));

        assertEquals(List.of(open), ids(page(in(directorate, null), 1, 10)));
        List<PortalSnapshot.Entry> withClosed = page(new PortalListing.Filter(null, null, directorate, null, null, null, true), 1, 10);
        assertEquals(List.of(recent, open), ids(withClosed));
        assertTrue(summary(withClosed.get(0)).contains("\"status\":\"CLOSED\""), summary(withClosed.get(0)));
        assertTrue(summary(withClosed.get(1)).contains("\"workDomains\":[]"), "no work domains: an empty list, not null");
    }

    @Test
    void anotherReplicasChangeArrivesByNotifyOnTheListenConnection() {
        String directorate = directorate();
        UUID id = VacancyRows.insert(pool, new VacancyRows.Row("Kok", directorate, "PUBLISHED", SOON));
        snapshot.refreshAll().await().indefinitely();
        assertTrue(summary(snapshot.entry(id)).contains("\"title\":\"Kok\""));

        // another replica: a write with plain SQL and a NOTIFY, in one transaction on a connection of its own
        pool.withTransaction(connection -> connection
                        .preparedQuery("UPDATE vacancy SET title = 'Hoofdkok', version = version + 1 WHERE id = $1")
                        .execute(Tuple.of(id))
                        .chain(() -> connection.query("NOTIFY werving_portal, '" + id + "'").execute()))
                .await().indefinitely();
        await().atMost(Duration.ofSeconds(10)).until(() -> summary(snapshot.entry(id)).contains("\"title\":\"Hoofdkok\""));
        assertTrue(snapshot.entry(id).tag().endsWith("-1"), "the detail's ETag follows the row's version");

        pool.preparedQuery("UPDATE vacancy SET status = 'ARCHIVED' WHERE id = $1").execute(Tuple.of(id)).await().indefinitely();
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshot.entry(id) == null);
    }

    @Test
    void aPassedDeadlineLeavesTheListAsSoonAsTheDeadlineJobCommits() {
        String directorate = directorate();
        OffsetDateTime deadline = OffsetDateTime.of(2021, 3, 1, 23, 0, 0, 0, ZoneOffset.UTC);
        UUID due = VacancyRows.insert(pool, new VacancyRows.Row("Verlopen", directorate, "PUBLISHED", deadline));
        assertEquals(List.of(due), ids(page(in(directorate, null), 1, 10)), "published: listed, whatever its deadline");

        assertTrue(closer.closeDue().await().indefinitely().contains(due), "closed now: its deadline has passed");
        PortalSnapshot.Page now = snapshot.page(in(directorate, null), 1, 10).await().indefinitely();
        assertEquals(List.of(), ids(now.items()), "gone from the list without waiting for a signal or a refresh");
        assertEquals(List.of(due), ids(snapshot.page(new PortalListing.Filter(null, null, directorate, null, null, null, true),
                1, 10).await().indefinitely().items()), "listed as recently closed");
    }

    private static String summary(PortalSnapshot.Entry entry) {
        return entry == null ? "" : new String(entry.summary(), StandardCharsets.UTF_8);
    }
}
