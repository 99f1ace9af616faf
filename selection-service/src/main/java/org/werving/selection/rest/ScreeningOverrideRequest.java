package org.werving.selection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * HR's decision after the preselection, against the automatic screening outcome: {@code admitted}
 * (optionally on condition of the capacity test) or not, always with a written motivation.
 */
public record ScreeningOverrideRequest(@NotNull Boolean admitted, Boolean capacityTestRequired,
        @NotBlank @Size(min = 10, max = 4000, message = "must be a written motivation of 10 to 4000 characters")
        String motivation) {
}
