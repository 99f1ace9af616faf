package org.werving.candidate.service;

import org.werving.candidate.model.Application;
import org.werving.candidate.model.BookedMoment;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.Vacancy;

import java.util.List;

/**
 * An application as the use cases hand it out: with its vacancy (null if unknown here), its timeline and
 * the moments it holds per stage.
 */
public record ApplicationState(Application application, Vacancy vacancy, List<TimelineEntry> timeline,
        List<BookedMoment> bookings) {
}
