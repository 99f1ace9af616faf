package org.werving.vacancy.model;

import java.util.List;

/** Admission conditions per track; within a track any one alternative suffices. */
public record Admission(List<Alternative> external, List<Alternative> internal) {
}
