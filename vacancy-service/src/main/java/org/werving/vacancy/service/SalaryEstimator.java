package org.werving.vacancy.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.vacancy.model.InputBounds;

/**
 * Starting gross monthly pay from the salary tables (data, table {@code salary_scale_step}).
 * Counted years = min(private-sector/self-employed years, 18) + public-sector years (no limit).
 * The newest indexation in force is used. Counted years beyond the table's last step earn the last
 * step (the top of the scale); counted years below its first step earn the first step.
 */
@ApplicationScoped
public class SalaryEstimator {
    public static final int PRIVATE_YEARS_CAP = 18;

    private final Pool pool;

    public SalaryEstimator(Pool pool) {
        this.pool = pool;
    }

    public record Estimate(String scale, BigDecimal monthlyGross, String currency, int countedYears,
            int privateYearsCounted, int publicYearsCounted, int privateYearsCap, LocalDate indexationDate,
            int lastStepYears, boolean beyondLastStep) {
    }

    public Uni<Estimate> estimate(String scale, String privateYears, String publicYears) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (scale == null || scale.isBlank()) {
            errors.add(new Problem.FieldError("scale", "is required, e.g. B1-B3"));
        } else if (!InputBounds.cleanText(scale)) {
            errors.add(new Problem.FieldError("scale", "must not contain control characters"));
        }
        int priv = years(errors, "privateYears", privateYears);
        int pub = years(errors, "publicYears", publicYears);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(invalid(errors));
        }
        String sql = """
                SELECT indexation_date, years, monthly_gross FROM salary_scale_step
                 WHERE scale = $1 AND indexation_date = (SELECT max(indexation_date) FROM salary_scale_step
                                                          WHERE scale = $1 AND indexation_date <= current_date)
                 ORDER BY years
                """;
        return pool.preparedQuery(sql).execute(Tuple.of(scale.trim())).map(rows -> {
            List<Row> steps = new ArrayList<>();
            rows.forEach(steps::add);
            if (steps.isEmpty()) {
                throw invalid(List.of(new Problem.FieldError("scale", "unknown salary scale '" + scale + "'")));
            }
            int privateCounted = Math.min(priv, PRIVATE_YEARS_CAP);
            long counted = (long) privateCounted + pub;
            Row chosen = steps.get(0);
            for (Row step : steps) {
                if (step.getInteger("years") <= counted) {
                    chosen = step;
                }
            }
            int last = steps.get(steps.size() - 1).getInteger("years");
            return new Estimate(scale.trim(), step(chosen), "EUR", (int) Math.min(counted, Integer.MAX_VALUE), privateCounted, pub,
                    PRIVATE_YEARS_CAP, chosen.getLocalDate("indexation_date"), last, counted > last);
        });
    }

    private static BigDecimal step(Row row) {
        return row.getNumeric("monthly_gross").bigDecimalValue().setScale(2);
    }

    private static int years(List<Problem.FieldError> errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int years = Integer.parseInt(value.trim());
            if (years < 0) {
                errors.add(new Problem.FieldError(name, "must not be negative"));
            } else if (years > 80) {
                errors.add(new Problem.FieldError(name, "must be at most 80"));
            }
            return years;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be a whole number of years"));
            return 0;
        }
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "salary-estimate", "Invalid salary estimate request",
                errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""), errors);
    }
}
