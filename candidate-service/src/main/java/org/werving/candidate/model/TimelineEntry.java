package org.werving.candidate.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in an application's history, told to the candidate in plain Dutch. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    /** The event this entry comes from (CandidateApplied for the first one). */
    @Column(name = "event_id")
    public UUID eventId;
    /** When it happened (the event's time). */
    public OffsetDateTime at;
    public String type;
    public String text;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    /** The entry of {@code step} for an application, from the event {@code eventId} of {@code type} at {@code at}. */
    public static TimelineEntry of(UUID applicationId, UUID eventId, OffsetDateTime at, String type, TimelineStep step,
            OffsetDateTime recordedAt) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.applicationId = applicationId;
        entry.eventId = eventId;
        entry.at = at;
        entry.type = type;
        entry.text = step.text();
        entry.recordedAt = recordedAt;
        return entry;
    }
}
