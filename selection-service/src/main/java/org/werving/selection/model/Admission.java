package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Admission conditions per track, as the vacancy published them; within a track any one alternative suffices.
 * {@code staffMayUseExternalConditions}: the vacancy's rule whether staff (internal candidates) may also be
 * admitted through the conditions for external candidates. A posting that lists its conditions per group
 * ("Ben je een externe kandidaat? … Ben je een interne kandidaat? …") does not allow it; without internal
 * alternatives staff are always judged on the external ones.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Admission(List<Alternative> external, List<Alternative> internal, Boolean staffMayUseExternalConditions) {
    public static final Admission NONE = new Admission(List.of(), List.of());

    public Admission(List<Alternative> external, List<Alternative> internal) {
        this(external, internal, null);
    }

    /** Whether an internal candidate is also judged on the external track. */
    public boolean staffJudgedOnExternal() {
        return internalOrEmpty().isEmpty() || Boolean.TRUE.equals(staffMayUseExternalConditions);
    }

    public List<Alternative> externalOrEmpty() {
        return external == null ? List.of() : external;
    }

    public List<Alternative> internalOrEmpty() {
        return internal == null ? List.of() : internal;
    }
}
