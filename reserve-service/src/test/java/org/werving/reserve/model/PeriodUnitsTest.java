package org.werving.reserve.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A period cut into whole years, whole months and days: at its edges, and covering each day exactly once. */
class PeriodUnitsTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aCalendarYearIsOneYearAndACalendarMonthOneMonth() {
        assertEquals(new PeriodUnits(List.of(d("2024-01-01")), List.of(), List.of()), PeriodUnits.of(d("2024-01-01"),
                d("2024-12-31")));
        assertEquals(new PeriodUnits(List.of(), List.of(d("2024-02-01")), List.of()), PeriodUnits.of(d("2024-02-01"),
                d("2024-02-29")));
    }

    @Test
    void oneDayShortOfAUnitFallsBackToTheSmallerOnes() {
        PeriodUnits units = PeriodUnits.of(d("2024-01-01"), d("2024-12-30"));
        assertEquals(List.of(), units.years());
        assertEquals(11, units.months().size());
        assertEquals(30, units.days().size());
        PeriodUnits february = PeriodUnits.of(d("2023-02-01"), d("2023-02-27"));
        assertEquals(List.of(), february.months());
        assertEquals(27, february.days().size());
    }

    @Test
    void aPeriodAcrossYearsTakesTheWholeYearAndTheEdgesAsMonthsAndDays() {
        PeriodUnits units = PeriodUnits.of(d("2022-12-15"), d("2024-02-10"));
        assertEquals(List.of(d("2023-01-01")), units.years());
        assertEquals(List.of(d("2024-01-01")), units.months());
        assertEquals(17 + 10, units.days().size());
        assertEquals(d("2022-12-15"), units.days().get(0));
        assertEquals(d("2024-02-10"), units.days().get(units.days().size() - 1));
    }

    @Test
    void aSingleDayAndAnEmptyPeriod() {
        assertEquals(new PeriodUnits(List.of(), List.of(), List.of(d("2024-03-31"))), PeriodUnits.of(d("2024-03-31"),
                d("2024-03-31")));
        assertEquals(new PeriodUnits(List.of(), List.of(), List.of()), PeriodUnits.of(d("2024-04-01"), d("2024-03-31")));
    }

    @Test
    void everyDayOfAnyPeriodIsCoveredExactlyOnce() {
        Random random = new Random(15);
        for (int i = 0; i < 300; i++) {
            LocalDate from = d("2020-01-01").plusDays(random.nextInt(1500));
            LocalDate to = from.plusDays(random.nextInt(900));
            PeriodUnits units = PeriodUnits.of(from, to);
            List<LocalDate> covered = new ArrayList<>();
            units.years().forEach(y -> y.datesUntil(y.plusYears(1)).forEach(covered::add));
            units.months().forEach(m -> m.datesUntil(m.plusMonths(1)).forEach(covered::add));
            covered.addAll(units.days());
            covered.sort(null);
            assertEquals(from.datesUntil(to.plusDays(1)).toList(), covered);
            assertTrue(units.years().stream().allMatch(y -> y.getDayOfYear() == 1));
            assertTrue(units.months().stream().allMatch(m -> m.getDayOfMonth() == 1));
        }
    }
}
