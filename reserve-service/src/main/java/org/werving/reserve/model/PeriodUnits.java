package org.werving.reserve.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of the dashboard [from, to] (both days included) cut into the calendar units its pre-aggregates are
 * kept in: every whole year, then every whole month outside those years, then the remaining days. Together they
 * cover each day of the period exactly once.
 */
public record PeriodUnits(List<LocalDate> years, List<LocalDate> months, List<LocalDate> days) {

    public static PeriodUnits of(LocalDate from, LocalDate to) {
        List<LocalDate> years = new ArrayList<>();
        List<LocalDate> months = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            if (day.getDayOfYear() == 1 && !day.plusYears(1).minusDays(1).isAfter(to)) {
                years.add(day);
                day = day.plusYears(1);
            } else if (day.getDayOfMonth() == 1 && !day.plusMonths(1).minusDays(1).isAfter(to)) {
                months.add(day);
                day = day.plusMonths(1);
            } else {
                days.add(day);
                day = day.plusDays(1);
            }
        }
        return new PeriodUnits(List.copyOf(years), List.copyOf(months), List.copyOf(days));
    }
}
