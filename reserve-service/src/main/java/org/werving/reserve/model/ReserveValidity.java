package org.werving.reserve.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * How long a reserve entry stays valid: from the (local) date the entry was created, the number
 * of months the vacancy states, or {@value #DEFAULT_MONTHS} months (two years, the minimum the
 * postings promise) when the vacancy is unknown here or states no positive number.
 */
public final class ReserveValidity {
    public static final int DEFAULT_MONTHS = 24;

    private ReserveValidity() {
    }

    public static int months(Integer vacancyMonths) {
        return vacancyMonths == null || vacancyMonths <= 0 ? DEFAULT_MONTHS : vacancyMonths;
    }

    /** A month-end date stays within the target month: 31 January + 1 month = 28/29 February. */
    public static LocalDate validUntil(OffsetDateTime createdAt, ZoneId zone, Integer vacancyMonths) {
        return validUntil(createdAt.atZoneSameInstant(zone).toLocalDate(), vacancyMonths);
    }

    /** From the reserve's first day (the close of the procedure). */
    public static LocalDate validUntil(LocalDate startsOn, Integer vacancyMonths) {
        return startsOn.plusMonths(months(vacancyMonths));
    }
}
