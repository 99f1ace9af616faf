package org.werving.reserve.model;

import java.util.UUID;

/** The dashboard's aggregates as the read model answers them, before they are put together per vacancy. */
public final class FunnelRows {
    private FunnelRows() {
    }

    /** One vacancy's applications in the period. Medians and p90 are null when nothing was measured. */
    public record VacancyRow(UUID vacancyId, String title, String reference, long applied, long admitted,
            long capacityTestTaken, long capacityTestPassed, long reserve, long appointed, Double hireMedianDays,
            Double hireP90Days, long diploma, long experienceAndTest, long internal) {
    }

    /** One stage of one vacancy, over the applications of the period that entered it. */
    public record StageRow(UUID vacancyId, int order, String name, long entered, long passed, long eliminated,
            Double medianHours, Double p90Hours) {
    }
}
