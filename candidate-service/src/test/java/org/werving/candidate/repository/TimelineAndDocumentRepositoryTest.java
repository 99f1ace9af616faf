package org.werving.candidate.repository;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.candidate.model.ApplicationDocument;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.TimelineStep;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.werving.candidate.repository.Rows.NOW;
import static org.werving.candidate.repository.Rows.application;
import static org.werving.candidate.repository.Rows.inSession;
import static org.werving.candidate.repository.Rows.inTransaction;
import static org.werving.candidate.repository.Rows.save;

/** The timeline (oldest first; the recording time breaks ties) and the documents of one application only. */
@QuarkusTest
class TimelineAndDocumentRepositoryTest {
    @Inject
    TimelineRepository timeline;
    @Inject
    DocumentRepository documents;

    private static UUID newApplication() {
        return save(application(Rows.vacancy(), "repo-" + UUID.randomUUID() + "@example.org"));
    }

    private void entry(UUID application, OffsetDateTime at, OffsetDateTime recordedAt, String text) {
        TimelineEntry entry = TimelineEntry.of(application, UUID.randomUUID(), at, "Test", new TimelineStep(text, null),
                recordedAt);
        inTransaction(() -> timeline.persist(entry));
    }

    @Test
    void theTimelineIsOldestFirstAndTheRecordingTimeBreaksTies() {
        UUID application = newApplication();
        UUID other = newApplication();
        entry(application, NOW.plusHours(1), NOW, "later");
        entry(application, NOW, NOW.plusMinutes(2), "tie, recorded second");
        entry(application, NOW, NOW.plusMinutes(1), "tie, recorded first");
        entry(other, NOW.minusDays(1), NOW, "another application's");

        assertEquals(List.of("tie, recorded first", "tie, recorded second", "later"),
                inSession(() -> timeline.listFor(application)).stream().map(e -> e.text).toList());
        assertEquals(List.of(), inSession(() -> timeline.listFor(UUID.randomUUID())), "no entries: empty");
    }

    private ApplicationDocument document(UUID application, String kind) {
        ApplicationDocument d = new ApplicationDocument();
        d.id = UUID.randomUUID();
        d.applicationId = application;
        d.kind = kind;
        d.fileName = kind + ".pdf";
        d.mediaType = "application/pdf";
        d.content = "%PDF-1.4".getBytes();
        d.sizeBytes = d.content.length;
        d.uploadedAt = NOW;
        inTransaction(() -> documents.persist(d));
        return d;
    }

    @Test
    void documentsAreFoundOnlyThroughTheirOwnApplicationAndDeletedWithIt() {
        UUID application = newApplication();
        UUID other = newApplication();
        ApplicationDocument letter = document(application, ApplicationDocument.MOTIVATION_LETTER);
        ApplicationDocument cv = document(application, ApplicationDocument.CV);
        ApplicationDocument othersCv = document(other, ApplicationDocument.CV);

        List<String> kinds = inSession(() -> documents.listFor(application)).stream().map(d -> d.kind).toList();
        assertEquals(List.of(cv.kind, letter.kind).stream().sorted().toList(), kinds, "ordered by kind");
        assertNotNull(inSession(() -> documents.findFor(application, cv.id)));
        assertNull(inSession(() -> documents.findFor(application, othersCv.id)), "another application's document");

        assertEquals(2L, inTransaction(() -> documents.deleteFor(application)));
        assertEquals(List.of(), inSession(() -> documents.listFor(application)));
        assertNotNull(inSession(() -> documents.findFor(other, othersCv.id)), "the other application keeps its own");
    }
}
