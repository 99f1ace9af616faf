package org.werving.selection.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * HR's preselection of an admitted candidate on relevant experience and motivation ("preselectie"):
 * {@code retained} (weerhouden) or not, always with a written motivation.
 */
public record PreselectionRequest(@NotNull Boolean retained,
        @NotBlank @Size(min = 10, max = 4000, message = "must be a written motivation of 10 to 4000 characters")
        String motivation) {
}
