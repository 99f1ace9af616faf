package org.werving.vacancy.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.vacancy.model.InputBounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Salary tables are data: administrators load a new indexation of a scale without a code change
 * (read also by hr). The estimate uses the newest indexation in force.
 */
@Path("/admin/salary-scales")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class SalaryTableResource {
    private final Pool pool;

    public SalaryTableResource(Pool pool) {
        this.pool = pool;
    }

    /** A gross monthly amount as the column holds it: numeric(10,2). */
    public record Step(@Min(0) int years, @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal monthlyGross) {
    }

    public record SalaryTable(String scale, LocalDate indexationDate, @NotEmpty List<@Valid Step> steps) {
    }

    @GET
    @RolesAllowed({"admin", "hr"})
    @Operation(summary = "Every salary table: per scale and indexation date, the steps")
    public Uni<List<SalaryTable>> list() {
        return pool.query("SELECT scale, indexation_date, years, monthly_gross FROM salary_scale_step"
                + " ORDER BY scale, indexation_date, years").execute().map(rows -> {
                    List<SalaryTable> tables = new ArrayList<>();
                    for (Row row : rows) {
                        String scale = row.getString("scale");
                        LocalDate date = row.getLocalDate("indexation_date");
                        SalaryTable last = tables.isEmpty() ? null : tables.get(tables.size() - 1);
                        if (last == null || !last.scale().equals(scale) || !last.indexationDate().equals(date)) {
                            last = new SalaryTable(scale, date, new ArrayList<>());
                            tables.add(last);
                        }
                        last.steps().add(new Step(row.getInteger("years"),
                                row.getNumeric("monthly_gross").bigDecimalValue().setScale(2)));
                    }
                    return tables;
                });
    }

    @PUT
    @Path("/{scale}/{indexationDate}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Load or replace one scale's table for one indexation date (one transaction)")
    public Uni<SalaryTable> replace(@PathParam("scale") String scale, @PathParam("indexationDate") String indexationDate,
            @Valid @NotNull SalaryTable table) {
        LocalDate date;
        try {
            date = LocalDate.parse(indexationDate);
        } catch (DateTimeParseException e) {
            throw VacancyResource.badParameter("indexationDate", "must be a date such as 2026-01-01");
        }
        if (!InputBounds.storableYear(date.getYear())) {
            throw VacancyResource.badParameter("indexationDate", "must lie in the years 1 to 9999");
        }
        if (scale.isBlank() || scale.length() > 20) {
            throw VacancyResource.badParameter("scale", "must be 1 to 20 characters, e.g. B1-B3");
        }
        if (!InputBounds.cleanText(scale)) {
            throw VacancyResource.badParameter("scale", VacancyResource.NO_CONTROL_CHARACTERS);
        }
        Set<Integer> years = new HashSet<>();
        for (Step step : table.steps()) {
            if (!years.add(step.years())) {
                throw VacancyResource.badParameter("steps", "repeat year " + step.years());
            }
        }
        List<Tuple> rows = table.steps().stream()
                .map(s -> Tuple.of(scale, date, s.years(), s.monthlyGross())).toList();
        return pool.withTransaction(connection -> connection
                        .preparedQuery("DELETE FROM salary_scale_step WHERE scale = $1 AND indexation_date = $2")
                        .execute(Tuple.of(scale, date))
                        .chain(() -> connection.preparedQuery("INSERT INTO salary_scale_step (scale, indexation_date, years, monthly_gross)"
                                + " VALUES ($1, $2, $3, $4)").executeBatch(rows)))
                .replaceWith(new SalaryTable(scale, date, table.steps()));
    }
}
