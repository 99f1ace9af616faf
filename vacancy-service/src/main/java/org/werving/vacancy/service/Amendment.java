package org.werving.vacancy.service;

import org.werving.vacancy.model.Admission;
import org.werving.vacancy.model.Stage;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A change to a published vacancy: why, and the new admission conditions, stages and/or deadline
 * (null: stays as it is).
 */
public record Amendment(String reason, Admission admission, List<Stage> stages, OffsetDateTime applicationDeadline) {
}
