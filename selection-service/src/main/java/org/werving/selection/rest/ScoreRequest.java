package org.werving.selection.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** A stage score on /100; a score equal to the stage's pass mark passes. */
public record ScoreRequest(@NotNull
        @DecimalMin(value = "0", message = "must lie between 0 and 100")
        @DecimalMax(value = "100", message = "must lie between 0 and 100") BigDecimal score) {
}
