package org.werving.vacancy.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.werving.vacancy.model.Admission;
import org.werving.vacancy.model.Stage;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorded change to a published vacancy: why, and the new admission conditions, procedure
 * stages and/or deadline (fields left out stay as they are).
 */
public record AmendmentRequest(@NotBlank @Size(max = 2000) String reason, @Valid Admission admission,
        List<@Valid Stage> stages, OffsetDateTime applicationDeadline) {
}
