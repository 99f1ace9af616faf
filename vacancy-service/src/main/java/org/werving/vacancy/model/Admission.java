package org.werving.vacancy.model;

import java.util.List;

/**
 * Admission conditions per track; within a track any one alternative suffices, within an
 * alternative every condition must hold. A condition that applies to everyone (e.g. driving licence
 * B required) is repeated in every alternative. {@code advantages} are not conditions.
 * {@code staffMayUseExternalConditions}: whether staff may also be admitted through the conditions for
 * external candidates (true where the posting lists general conditions and adds routes "voor interne
 * kandidaten"; false, the default, where it lists them per group: "Ben je een externe kandidaat? … Ben je
 * een interne kandidaat? …"). Without internal alternatives staff are judged on the external ones.
 */
public record Admission(List<Alternative> external, List<Alternative> internal, List<Advantage> advantages,
        Boolean staffMayUseExternalConditions) {

    public Admission(List<Alternative> external, List<Alternative> internal, List<Advantage> advantages) {
        this(external, internal, advantages, null);
    }
}
