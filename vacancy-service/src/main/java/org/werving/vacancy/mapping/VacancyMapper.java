package org.werving.vacancy.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.vacancy.model.Procedure;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.rest.VacancyRequest;
import org.werving.vacancy.rest.VacancySummary;
import org.werving.vacancy.rest.VacancyView;

import java.util.List;

@ApplicationScoped
public class VacancyMapper {
    public static final int DEFAULT_RESERVE_VALIDITY_MONTHS = 24;

    public void apply(VacancyRequest request, Vacancy vacancy) {
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
        vacancy.reserveValidityMonths = request.reserveValidityMonths() == null ? DEFAULT_RESERVE_VALIDITY_MONTHS
                : request.reserveValidityMonths();
    }

    public VacancyView toView(Vacancy v) {
        return new VacancyView(v.id, v.reference, v.title, v.formalTitle, v.directorate, v.team, v.level,
                v.salaryScale, v.purpose, v.seats, v.status.name(), v.applicationDeadline, v.admission, v.procedure.stages(),
                v.reserveValidityMonths, v.publishedAt, v.closedAt);
    }

    public VacancySummary toSummary(Vacancy v) {
        return new VacancySummary(v.id, v.reference, v.title, v.directorate, v.level, v.salaryScale, v.status.name(),
                v.applicationDeadline);
    }
}
