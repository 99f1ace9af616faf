package org.werving.reserve.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.reserve.messaging.ReserveEntryCreated;
import org.werving.reserve.model.ReserveEntry;
import org.werving.reserve.rest.ReserveEntryView;
import org.werving.reserve.service.ReserveRanking;

@ApplicationScoped
public class ReserveMapper {

    public ReserveEntryView toView(ReserveRanking.Ranked ranked) {
        ReserveEntry e = ranked.entry();
        return new ReserveEntryView(e.id, e.vacancyId, e.applicationId, e.reserveType, ranked.rank(), e.finalScore,
                e.validUntil, e.state);
    }

    public ReserveEntryCreated toCreated(ReserveEntry e) {
        return new ReserveEntryCreated(e.id, e.vacancyId, e.applicationId, e.reserveType, e.finalScore, e.validUntil);
    }
}
