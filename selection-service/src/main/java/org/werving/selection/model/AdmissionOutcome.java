package org.werving.selection.model;

import java.util.List;

/**
 * The result of screening the admission conditions. Admitted: through {@code alternative} of {@code track}
 * (INTERNAL or EXTERNAL), possibly on condition of passing the level and capacity test. Not admitted:
 * {@code reasons} holds one line per alternative with the failed condition(s) and the values.
 */
public record AdmissionOutcome(boolean admitted, boolean capacityTestRequired, String alternative, String motivation,
        List<String> reasons, String track) {
    public static final String INTERNAL = "INTERNAL";
    public static final String EXTERNAL = "EXTERNAL";

    public AdmissionOutcome(boolean admitted, boolean capacityTestRequired, String alternative, String motivation,
            List<String> reasons) {
        this(admitted, capacityTestRequired, alternative, motivation, reasons, null);
    }
}
