package org.werving.reserve.rest;

import org.werving.reserve.model.FunnelRows;
import org.werving.reserve.model.Funnels;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The dashboard API's JSON (docs/web.md, contract C2): rates and durations null when nothing was measured. */
public final class DashboardViews {
    private DashboardViews() {
    }

    public record FunnelsView(LocalDate from, LocalDate to, List<VacancyView> vacancies, TotalsView totals) {
    }

    public record VacancyView(UUID vacancyId, String title, String reference, long applied, long admitted,
            long capacityTestTaken, long capacityTestPassed, List<StageView> stages, long reserve, long appointed,
            Double timeToHireMedianDays, Double timeToHireP90Days, RoutesView routes) {
    }

    public record StageView(int order, String name, long entered, long passed, long eliminated, Double passRate,
            Double medianHours, Double p90Hours) {
    }

    public record RoutesView(long diploma, long experienceAndTest, long internal) {
    }

    public record TotalsView(long applied, long admitted, long capacityTestTaken, long capacityTestPassed, long reserve,
            long appointed, RoutesView routes) {
    }

    public static FunnelsView of(Funnels funnels) {
        List<VacancyView> vacancies = funnels.vacancies().stream().map(DashboardViews::of).toList();
        TotalsView totals = new TotalsView(sum(vacancies, VacancyView::applied), sum(vacancies, VacancyView::admitted),
                sum(vacancies, VacancyView::capacityTestTaken), sum(vacancies, VacancyView::capacityTestPassed),
                sum(vacancies, VacancyView::reserve), sum(vacancies, VacancyView::appointed),
                new RoutesView(sum(vacancies, v -> v.routes().diploma()), sum(vacancies, v -> v.routes().experienceAndTest()),
                        sum(vacancies, v -> v.routes().internal())));
        return new FunnelsView(funnels.from(), funnels.to(), vacancies, totals);
    }

    public static VacancyView of(Funnels.VacancyFunnel funnel) {
        FunnelRows.VacancyRow v = funnel.vacancy();
        List<StageView> stages = funnel.stages().stream().map(s -> new StageView(s.order(), s.name(), s.entered(),
                s.passed(), s.eliminated(), rate(s.passed(), s.passed() + s.eliminated()), round(s.medianHours(), 1),
                round(s.p90Hours(), 1))).toList();
        return new VacancyView(v.vacancyId(), v.title(), v.reference(), v.applied(), v.admitted(), v.capacityTestTaken(),
                v.capacityTestPassed(), stages, v.reserve(), v.appointed(), round(v.hireMedianDays(), 1),
                round(v.hireP90Days(), 1), new RoutesView(v.diploma(), v.experienceAndTest(), v.internal()));
    }

    /** passed / decided, 3 decimals; null when nobody's result is final yet. */
    static Double rate(long passed, long decided) {
        return decided == 0 ? null : round((double) passed / decided, 3);
    }

    static Double round(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }

    private static long sum(List<VacancyView> vacancies, java.util.function.ToLongFunction<VacancyView> field) {
        return vacancies.stream().mapToLong(field).sum();
    }
}
