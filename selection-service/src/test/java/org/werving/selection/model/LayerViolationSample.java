package org.werving.selection.model;

import org.werving.selection.rest.JuryViews;
import org.werving.selection.service.Caller;

/** Test sources only: a model class breaking the package plan, so ArchitectureTest can show its rules bite. */
public final class LayerViolationSample {
    private LayerViolationSample() {
    }

    public static JuryViews.RankView leaks(Caller caller) {
        return new JuryViews.RankView(null, 1, null, caller.subject());
    }
}
