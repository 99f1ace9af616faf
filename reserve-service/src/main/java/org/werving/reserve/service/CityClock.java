package org.werving.reserve.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.config.ReserveConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The city's calendar (werving.zone) and the moment of a change as PostgreSQL stores it. */
@ApplicationScoped
public class CityClock {
    private final ZoneId zone;
    private final Clock clock;

    public CityClock(ReserveConfig config) {
        this.zone = config.zone();
        this.clock = Clock.systemUTC();
    }

    /** The city's date today. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Truncated to what PostgreSQL stores, so the order in memory is the order read back. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The city's date at {@code moment}. */
    public LocalDate dateOf(OffsetDateTime moment) {
        return moment.atZoneSameInstant(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }
}
