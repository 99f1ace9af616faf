package org.werving.reserve.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.problem.ProblemTypes;
import org.werving.reserve.config.ReserveConfig;
import org.werving.reserve.model.FunnelRows;
import org.werving.reserve.model.Funnels;
import org.werving.reserve.repository.DashboardQueries;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The dashboard: the funnels of the applications received in a period, from the read model only. */
@ApplicationScoped
public class DashboardService {
    /** Without a period: the last 365 days, today included. */
    static final int DEFAULT_DAYS = 365;

    private final DashboardQueries queries;
    private final ZoneId zone;
    private final Clock clock;

    public DashboardService(DashboardQueries queries, ReserveConfig config) {
        this.queries = queries;
        this.zone = config.zone();
        this.clock = Clock.systemUTC();
    }

    /** Every vacancy with applications in [from, to] (either may be null: the default period). */
    public Uni<Funnels> funnels(LocalDate from, LocalDate to) {
        Period period = period(from, to);
        return queries.vacancies(period.from(), period.to(), null).flatMap(vacancies -> queries
                .stages(period.from(), period.to(), null)
                .map(stages -> new Funnels(period.from(), period.to(), assemble(vacancies, stages))));
    }

    /** One vacancy's funnel (zeros when none of its applications fall in the period); 404 when unknown. */
    public Uni<Funnels.VacancyFunnel> funnel(UUID vacancyId, LocalDate from, LocalDate to) {
        Period period = period(from, to);
        return queries.vacancies(period.from(), period.to(), vacancyId).flatMap(vacancies -> {
            if (vacancies.isEmpty()) {
                return queries.vacancy(vacancyId).map(known -> {
                    if (known == null) {
                        throw new ProblemException(404, ProblemTypes.NOT_FOUND, "Vacature niet gevonden",
                                "het dashboard kent vacature " + vacancyId + " niet");
                    }
                    return new Funnels.VacancyFunnel(known, List.of());
                });
            }
            return queries.stages(period.from(), period.to(), vacancyId)
                    .map(stages -> assemble(vacancies, stages).get(0));
        });
    }

    private static List<Funnels.VacancyFunnel> assemble(List<FunnelRows.VacancyRow> vacancies,
            List<FunnelRows.StageRow> stages) {
        Map<UUID, List<FunnelRows.StageRow>> byVacancy = stages.stream()
                .collect(Collectors.groupingBy(FunnelRows.StageRow::vacancyId));
        return vacancies.stream()
                .map(v -> new Funnels.VacancyFunnel(v, byVacancy.getOrDefault(v.vacancyId(), List.of())))
                .toList();
    }

    /** The period asked for, or its default; 400 naming the parameter when it is upside down. */
    Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "moet op of voor 'to' (" + end + ") liggen");
        }
        return new Period(start, end);
    }

    record Period(LocalDate from, LocalDate to) {
    }
}
