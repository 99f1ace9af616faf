package org.werving.selection.messaging.in;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.werving.selection.model.Admission;
import org.werving.selection.model.CandidateFacts;
import org.werving.selection.model.Stage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Our copy of the consumed payloads (docs/events.md): only the fields this service reads. */
public final class IncomingEvents {
    private IncomingEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VacancyPublished(UUID id, String reference, String title, Admission admission, List<Stage> stages,
            Integer reserveValidityMonths, OffsetDateTime publishedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CandidateApplied(UUID applicationId, UUID vacancyId, OffsetDateTime appliedAt, Boolean internal,
            CandidateFacts facts) {
    }

    /** ApplicationWithdrawn (candidate-service): the candidate leaves the procedure. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record ApplicationWithdrawn(UUID applicationId, UUID vacancyId, OffsetDateTime withdrawnAt) {
    }

    /** VacancyAmended (vacancy-service): the full public view after the change is in {@code vacancy}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VacancyAmended(UUID vacancyId, OffsetDateTime amendedAt, String amendedBy, String reason,
            List<String> changed, VacancyPublished vacancy) {
    }

    /** CandidateDataErased (candidate-service): drop what we hold about the application beyond anonymous counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CandidateDataErased(UUID applicationId, UUID vacancyId, OffsetDateTime erasedAt, String reason) {
    }

    /** SlotBookingRequested (candidate-service): the candidate books a seat of a time slot through self-service. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlotBookingRequested(UUID applicationId, UUID vacancyId, Integer stageOrder, UUID slotId) {
    }

    /** SlotBookingCancellationRequested (candidate-service): the candidate gives up the booked moment of a stage. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlotBookingCancellationRequested(UUID applicationId, UUID vacancyId, Integer stageOrder) {
    }
}
