package org.werving.selection.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** The result of the level and capacity test; the score (/100), the date it was taken and the provider are optional. */
public record CapacityTestRequest(@NotNull Boolean passed,
        @DecimalMin(value = "0", message = "must lie between 0 and 100")
        @DecimalMax(value = "100", message = "must lie between 0 and 100") BigDecimal score,
        java.time.LocalDate takenOn,
        @jakarta.validation.constraints.Size(max = 200) String provider) {
}
