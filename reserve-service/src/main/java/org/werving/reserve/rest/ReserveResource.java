package org.werving.reserve.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.reserve.model.AppointmentKind;
import org.werving.reserve.service.ReserveEnding;
import org.werving.reserve.service.ReserveAppointments;
import org.werving.reserve.service.ReserveExtending;
import org.werving.reserve.service.ReserveQueries;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * HR's reserves: reads and export for {@code hr} and {@code dashboard}; extensions, appointments
 * and declined offers for {@code hr} only.
 */
@Path("/reserves")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class ReserveResource {
    static final String HR = "hr";
    static final String DASHBOARD = "dashboard";

    private final ReserveQueries queries;
    private final ReserveExtending extending;
    private final ReserveAppointments appointments;
    private final ReserveEnding ending;
    private final ReserveMapper mapper;
    private final SecurityIdentity identity;

    public ReserveResource(ReserveQueries queries, ReserveExtending extending, ReserveAppointments appointments,
            ReserveEnding ending, ReserveMapper mapper, SecurityIdentity identity) {
        this.queries = queries;
        this.extending = extending;
        this.appointments = appointments;
        this.ending = ending;
        this.mapper = mapper;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "The reserve entries of a vacancy",
            description = "Recruitment reserve first, then promotion reserve; within each by final score, highest first; "
                    + "rank counts from 1 within a reserve. Equal scores: earliest entry first (placeholder "
                    + "until the procedure's tie rule). An unknown vacancy has an empty reserve.")
    public Uni<List<ReserveEntryView>> list(@QueryParam("vacancyId") String vacancyId) {
        UUID id = requiredUuid("vacancyId", vacancyId);
        return queries.reserveOf(id).map(ranked -> ranked.stream().map(mapper::toView).toList());
    }

    @GET
    @Path("/active")
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "Reserves valid today, with their expiry date",
            description = "Filter by function title (part of it, any case), level (A..E) and directorate (part of it). "
                    + "Soonest expiry first; 'available' counts laureates who can still be appointed permanently.")
    public Uni<List<ReserveViews.ReserveSummaryView>> active(@QueryParam("title") String title,
            @QueryParam("level") String level, @QueryParam("directorate") String directorate) {
        return queries.activeReserves(title, level, directorate).map(list -> list.stream().map(mapper::toSummary).toList());
    }

    @GET
    @Path("/entries/{entryId}")
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "One reserve entry, with its rank")
    public Uni<ReserveEntryView> entry(@PathParam("entryId") String entryId) {
        UUID id = pathUuid("reserve entry", entryId);
        return queries.entry(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("reserve entry", entryId))
                .map(mapper::toView);
    }

    @GET
    @Path("/entries/{entryId}/history")
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "Every change to a reserve entry: who, when, what and why, oldest first")
    public Uni<List<ReserveViews.EntryChangeView>> history(@PathParam("entryId") String entryId) {
        UUID id = pathUuid("reserve entry", entryId);
        return queries.history(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("reserve entry", entryId))
                .map(list -> list.stream().map(mapper::toView).toList());
    }

    @GET
    @Path("/{reserveId}")
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "A reserve: validity, extensions and its entries with rank, score and state")
    public Uni<ReserveViews.ReserveView> reserve(@PathParam("reserveId") String reserveId) {
        return queries.reserve(pathUuid("reserve", reserveId)).map(mapper::toView);
    }

    @GET
    @Path("/{reserveId}/export")
    @Produces({"text/csv", ReserveXlsx.MEDIA_TYPE})
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "A reserve as CSV (default: UTF-8, semicolons, Dutch column headers) or as XLSX (format=xlsx)",
            description = "format=csv (default) or format=xlsx: the same columns and rows; in the workbook rank, score "
                    + "and declines are numbers and the dates are dates. Another format: 400.")
    public Uni<Response> export(@PathParam("reserveId") String reserveId, @QueryParam("format") String format) {
        UUID id = pathUuid("reserve", reserveId);
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw invalid("format", "must be csv or xlsx");
        }
        return queries.reserve(id).map(details -> f.equals("xlsx")
                ? Response.ok(ReserveXlsx.of(details))
                        .type(ReserveXlsx.MEDIA_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"reserve-" + details.reserve().id + ".xlsx\"")
                        .build()
                : Response.ok(ReserveCsv.of(details).getBytes(StandardCharsets.UTF_8))
                        .type("text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"reserve-" + details.reserve().id + ".csv\"")
                        .build());
    }

    @GET
    @Path("/{reserveId}/next")
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "The next available laureate for a permanent or temporary appointment",
            description = "The best-ranked entry the rules allow (kind PERMANENT by default, startDate today by default). "
                    + "404 urn:werving:problem:no-laureate-available when nobody is left; 409 reserve-expired.")
    public Uni<ReserveEntryView> next(@PathParam("reserveId") String reserveId, @QueryParam("kind") String kind,
            @QueryParam("startDate") String startDate) {
        UUID id = pathUuid("reserve", reserveId);
        AppointmentKind k = kind == null || kind.isBlank() ? AppointmentKind.PERMANENT : kind(kind);
        LocalDate on = startDate == null || startDate.isBlank() ? null : date("startDate", startDate);
        return queries.nextAvailable(id, k, on).map(mapper::toView);
    }

    @POST
    @Path("/{reserveId}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HR)
    @Operation(summary = "Extend a reserve's validity by a decision (reference and date) → ReserveExtended")
    public Uni<ReserveViews.ReserveView> extend(@PathParam("reserveId") String reserveId,
            @Valid @NotNull ReserveRequests.ExtensionRequest request) {
        UUID id = pathUuid("reserve", reserveId);
        return extending.extend(id, request.decisionReference(), request.decisionDate(), request.validUntil(), subject())
                .chain(() -> queries.reserve(id)).map(mapper::toView);
    }

    @POST
    @Path("/{reserveId}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HR)
    @Operation(summary = "End a reserve before its validity runs out, by a motivated decision → ReserveEnded",
            description = "409 urn:werving:problem:reserve-ended or reserve-expired when it already ended or expired; "
                    + "nobody is appointed from an ended reserve.")
    public Uni<ReserveViews.ReserveView> end(@PathParam("reserveId") String reserveId,
            @Valid @NotNull ReserveRequests.EndingRequest request) {
        UUID id = pathUuid("reserve", reserveId);
        return ending.end(id, new ReserveEnding.Decision(request.reason(), request.decisionReference(),
                request.decisionDate()), subject()).chain(() -> queries.reserve(id)).map(mapper::toView);
    }

    @POST
    @Path("/{reserveId}/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HR)
    @Operation(summary = "Appoint a laureate (permanent, or temporary with reason and end date) → CandidateAppointed",
            description = "409 urn:werving:problem:reserve-expired on an expired reserve; 409 entry-not-available when "
                    + "the rules do not allow this laureate this appointment.")
    @APIResponse(responseCode = "201", description = "Appointed: the appointment; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReserveViews.AppointmentView.class)))
    public Uni<Response> appoint(@PathParam("reserveId") String reserveId,
            @Valid @NotNull ReserveRequests.AppointmentRequest request, @Context UriInfo uri) {
        UUID id = pathUuid("reserve", reserveId);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.kind() == AppointmentKind.TEMPORARY) {
            if (request.endDate() == null) {
                errors.add(new Problem.FieldError("endDate", "is required for a temporary appointment"));
            } else if (request.endDate().isBefore(request.startDate())) {
                errors.add(new Problem.FieldError("endDate", "must not be before startDate"));
            }
            if (request.reason() == null || request.reason().isBlank()) {
                errors.add(new Problem.FieldError("reason", "is required for a temporary appointment (whom or what it replaces)"));
            }
        } else if (request.endDate() != null) {
            errors.add(new Problem.FieldError("endDate", "must be empty for a permanent appointment"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", errors.stream()
                    .map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""), errors);
        }
        return appointments.appoint(id, new ReserveAppointments.AppointCommand(request.entryId(), request.kind(), request.team(),
                        request.startDate(), request.endDate(), request.reason()), subject())
                .map(a -> Response.created(URI.create(uri.getPath() + "/" + a.id)).entity(mapper.toView(a)).build());
    }

    @GET
    @Path("/{reserveId}/appointments/{appointmentId}")
    @RolesAllowed({HR, DASHBOARD})
    @Operation(summary = "One appointment from a reserve")
    public Uni<ReserveViews.AppointmentView> appointment(@PathParam("reserveId") String reserveId,
            @PathParam("appointmentId") String appointmentId) {
        return queries.appointment(pathUuid("reserve", reserveId), pathUuid("appointment", appointmentId))
                .map(mapper::toView);
    }

    @POST
    @Path("/{reserveId}/declines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HR)
    @Operation(summary = "Record that a laureate declined an offer; the rules decide whether they keep their place")
    public Uni<ReserveEntryView> decline(@PathParam("reserveId") String reserveId,
            @Valid @NotNull ReserveRequests.DeclineRequest request) {
        UUID id = pathUuid("reserve", reserveId);
        return appointments.decline(id, request.entryId(), request.kind(), request.reason(), subject())
                .chain(entry -> queries.entry(entry.id)).map(mapper::toView);
    }

    private String subject() {
        return identity.getPrincipal().getName();
    }

    private static AppointmentKind kind(String value) {
        try {
            return AppointmentKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "must be PERMANENT or TEMPORARY");
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date (yyyy-mm-dd)");
        }
    }

    private static UUID pathUuid(String what, String value) {
        UUID id = parseUuid(value);
        if (id == null) {
            throw ProblemException.notFound(what, value);
        }
        return id;
    }

    private static UUID requiredUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required");
        }
        UUID id = parseUuid(value);
        if (id == null) {
            throw invalid(name, "must be a UUID");
        }
        return id;
    }

    /** Only the canonical 8-4-4-4-12 form. */
    private static UUID parseUuid(String value) {
        String trimmed = value.trim();
        if (trimmed.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(trimmed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
