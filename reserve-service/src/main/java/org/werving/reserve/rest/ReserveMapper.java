package org.werving.reserve.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.model.Appointment;
import org.werving.reserve.model.EntryChange;
import org.werving.reserve.model.Reserve;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.model.ReserveExtension;
import org.werving.reserve.model.ReserveVacancy;
import org.werving.reserve.model.ReserveRanking;
import org.werving.reserve.service.ReserveQueries;

@ApplicationScoped
public class ReserveMapper {

    public ReserveEntryView toView(ReserveRanking.Ranked ranked) {
        ReserveEntry e = ranked.entry();
        return new ReserveEntryView(e.id, e.reserveId, e.vacancyId, e.applicationId, e.reserveType, ranked.rank(),
                e.finalScore, e.validUntil, e.state, e.declines, e.temporaryUntil);
    }

    public ReserveViews.ReserveSummaryView toSummary(ReserveQueries.ReserveSummary s) {
        Reserve r = s.reserve();
        ReserveVacancy v = s.vacancy();
        return new ReserveViews.ReserveSummaryView(r.id, r.vacancyId, r.reserveType, v == null ? null : v.title,
                v == null ? null : v.level, v == null ? null : v.directorate, r.startsOn, r.validUntil, r.state, s.available());
    }

    public ReserveViews.ReserveView toView(ReserveQueries.ReserveDetails d) {
        Reserve r = d.reserve();
        ReserveVacancy v = d.vacancy();
        return new ReserveViews.ReserveView(r.id, r.vacancyId, r.reserveType, v == null ? null : v.title,
                v == null ? null : v.level, v == null ? null : v.directorate, r.startsOn, r.validUntil, r.state,
                r.expiredAt, d.extensions().stream().map(this::toView).toList(),
                r.ended() ? new ReserveViews.EndingView(r.endedOn, r.endReason, r.endDecisionReference,
                        r.endDecisionDate, r.endedBy, r.endedAt) : null,
                d.entries().stream().map(this::toView).toList());
    }

    public ReserveViews.ExtensionView toView(ReserveExtension x) {
        return new ReserveViews.ExtensionView(x.decisionReference, x.decisionDate, x.previousValidUntil, x.validUntil,
                x.extendedBy, x.extendedAt);
    }

    public ReserveViews.AppointmentView toView(Appointment a) {
        return new ReserveViews.AppointmentView(a.id, a.reserveId, a.entryId, a.vacancyId, a.applicationId, a.kind, a.team,
                a.startDate, a.endDate, a.reason, a.appointedBy, a.appointedAt);
    }

    public ReserveViews.EntryChangeView toView(EntryChange c) {
        return new ReserveViews.EntryChangeView(c.changedAt, c.changedBy, c.action, c.fromState, c.toState, c.reason);
    }
}
