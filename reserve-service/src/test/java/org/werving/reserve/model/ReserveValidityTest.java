package org.werving.reserve.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReserveValidityTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void validForTheVacancysMonthsFromTheDateOfCreation() {
        OffsetDateTime created = OffsetDateTime.of(2027, 3, 10, 14, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2030, 3, 10), ReserveValidity.validUntil(created, BRUSSELS, 36));
        assertEquals(LocalDate.of(2028, 9, 10), ReserveValidity.validUntil(created, BRUSSELS, 18));
    }

    @Test
    void twoYearsWhenTheVacancyIsUnknownOrStatesNoPositiveNumber() {
        OffsetDateTime created = OffsetDateTime.of(2027, 3, 10, 14, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2029, 3, 10), ReserveValidity.validUntil(created, BRUSSELS, null));
        assertEquals(LocalDate.of(2029, 3, 10), ReserveValidity.validUntil(created, BRUSSELS, 0));
        assertEquals(24, ReserveValidity.months(-3));
    }

    @Test
    void theDateIsTheCitysDateNotUtcs() {
        // 23:30 UTC on 31 December is already 1 January in Brussels
        OffsetDateTime created = OffsetDateTime.of(2026, 12, 31, 23, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2029, 1, 1), ReserveValidity.validUntil(created, BRUSSELS, 24));
    }

    @Test
    void aMonthEndStaysInTheTargetMonth() {
        OffsetDateTime created = OffsetDateTime.of(2027, 8, 31, 9, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2028, 2, 29), ReserveValidity.validUntil(created, BRUSSELS, 6));
    }
}
