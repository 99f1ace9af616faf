package org.werving.selection.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Requests and answers of the time-slot endpoints. */
public final class SlotViews {
    /** Why HR cancels a booked moment; the candidate reads it. */
    public record CancellationRequest(@jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(max = 1000) String reason) {
    }

    private SlotViews() {
    }

    /** A slot: start, duration, a digital meeting link or a place, and how many candidates it takes. */
    public record SlotRequest(@NotNull OffsetDateTime startsAt, @NotNull @Min(5) @Max(600) Integer durationMinutes,
            @Size(max = 500) String meetingLink, @Size(max = 300) String place,
            @NotNull @Min(1) @Max(500) Integer capacity) {
    }

    public record BookingRequest(@NotNull UUID slotId) {
    }

    public record SlotView(UUID id, UUID vacancyId, int stageOrder, OffsetDateTime startsAt, int durationMinutes,
            String meetingLink, String place, int capacity, int booked, String createdBy) {
    }

    /** A bookable moment as a candidate sees it: when, how long, where (or online), free seats. */
    public record FreeSlotView(UUID id, OffsetDateTime startsAt, int durationMinutes, String place, boolean online,
            int freeSeats) {
    }

    public record BookingView(UUID id, UUID applicationId, int stageOrder, SlotView slot, String bookedBy,
            OffsetDateTime bookedAt) {
    }
}
