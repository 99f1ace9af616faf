package org.werving.vacancy.model;

import java.util.List;

/**
 * Admission conditions per track; within a track any one alternative suffices, within an
 * alternative every condition must hold. A condition that applies to everyone (e.g. driving licence
 * B required) is repeated in every alternative. {@code advantages} are not conditions.
 */
public record Admission(List<Alternative> external, List<Alternative> internal, List<Advantage> advantages) {
}
