package org.werving.vacancy.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.vacancy.model.Procedure;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.model.VacancyDetails;
import org.werving.vacancy.service.Amendment;

import java.util.List;

/** Between the web's records and the vacancy: the request's content, the public and HR views, the list lines. */
@ApplicationScoped
public class VacancyMapper {
    public static final int DEFAULT_RESERVE_VALIDITY_MONTHS = 24;

    /** The content of a draft as HR wrote it, on a vacancy that is not stored (the service takes it over). */
    public Vacancy toContent(VacancyRequest request) {
        Vacancy vacancy = new Vacancy();
        vacancy.reference = request.reference();
        vacancy.title = request.title();
        vacancy.formalTitle = request.formalTitle();
        vacancy.directorate = request.directorate();
        vacancy.team = request.team();
        vacancy.level = request.level();
        vacancy.salaryScale = request.salaryScale();
        vacancy.purpose = request.purpose();
        vacancy.seats = request.seats() == null ? 1 : request.seats();
        vacancy.applicationDeadline = request.applicationDeadline();
        vacancy.admission = request.admission();
        vacancy.procedure = new Procedure(request.stages() == null ? List.of() : request.stages());
        Integer validity = request.reserveValidityMonths();
        if (validity == null && request.reservePlan() != null) {
            validity = request.reservePlan().validityMonths();
        }
        vacancy.reserveValidityMonths = validity == null ? DEFAULT_RESERVE_VALIDITY_MONTHS : validity;
        VacancyDetails.ReservePlan plan = request.reservePlan() == null ? null
                : new VacancyDetails.ReservePlan(request.reservePlan().recruitment(), request.reservePlan().promotion(),
                        vacancy.reserveValidityMonths, request.reservePlan().extendable());
        vacancy.details = new VacancyDetails(request.reportsTo(), request.responsibilities(), request.teamDescription(),
                request.importantForFunction(), request.workDomains(), request.competencies(), request.workplaces(),
                request.openHouses(), request.workingPattern(), request.offer(), plan, request.contact());
        return vacancy;
    }

    /** The amendment as the service takes it. */
    public Amendment toAmendment(AmendmentRequest request) {
        return new Amendment(request.reason(), request.admission(), request.stages(), request.applicationDeadline());
    }

    /** The public view: no internal fields. */
    public VacancyView toView(Vacancy v) {
        return view(v, null);
    }

    /** HR's view: with who wrote what and the version. */
    public VacancyView toHrView(Vacancy v) {
        return view(v, new VacancyView.Internal(v.createdBy, v.updatedBy, v.publishedBy, v.closedBy, v.closeReason,
                v.seatsFilled, v.version));
    }

    private VacancyView view(Vacancy v, VacancyView.Internal internal) {
        VacancyDetails d = v.details == null ? VacancyDetails.EMPTY : v.details;
        return new VacancyView(v.id, v.reference, v.title, v.formalTitle, v.directorate, v.team, v.level,
                v.salaryScale, v.purpose, v.seats, v.status.name(), v.applicationDeadline, v.admission, v.procedure.stages(),
                v.reserveValidityMonths, v.publishedAt, v.closedAt, d.reportsTo(), d.responsibilities(),
                d.teamDescription(), d.importantForFunction(), d.workDomains(), d.competencies(), d.workplaces(),
                d.openHouses(), d.workingPattern(), d.offer(), d.reservePlan(), d.contact(), internal);
    }

    public VacancySummary toSummary(Vacancy v) {
        VacancyDetails d = v.details == null ? VacancyDetails.EMPTY : v.details;
        return new VacancySummary(v.id, v.reference, v.title, v.directorate, v.team, v.level, v.salaryScale,
                v.status.name(), v.applicationDeadline, d.workDomains(),
                d.offer() == null || d.offer().contractType() == null ? null : d.offer().contractType().name());
    }

    /** The portal's list line: as HR's, with no work domains as an empty list. */
    public VacancySummary toPortalSummary(Vacancy v) {
        VacancySummary line = toSummary(v);
        return line.workDomains() != null ? line : new VacancySummary(line.id(), line.reference(), line.title(),
                line.directorate(), line.team(), line.level(), line.salaryScale(), line.status(),
                line.applicationDeadline(), List.of(), line.contractType());
    }
}
