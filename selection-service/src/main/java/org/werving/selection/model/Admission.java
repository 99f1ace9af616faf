package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Admission conditions per track, as the vacancy published them; within a track any one alternative suffices. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Admission(List<Alternative> external, List<Alternative> internal) {
    public static final Admission NONE = new Admission(List.of(), List.of());

    public List<Alternative> externalOrEmpty() {
        return external == null ? List.of() : external;
    }

    public List<Alternative> internalOrEmpty() {
        return internal == null ? List.of() : internal;
    }
}
