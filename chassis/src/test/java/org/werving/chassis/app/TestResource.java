package org.werving.chassis.app;

import io.vertx.pgclient.PgException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Consumes;
import org.werving.chassis.problem.ProblemException;

/** Fails on request, the way a service's resources fail, to test the problem mappers. */
@Path("/chassis-test")
public class TestResource {
    public record Named(@NotBlank String name) {
    }

    @GET
    @Path("/fail/{kind}")
    public String fail(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "stale" -> new org.hibernate.StaleObjectStateException("Thing", 1);
            case "optimistic" -> new jakarta.persistence.OptimisticLockException("row was updated");
            case "unavailable" -> new IllegalStateException("could not write",
                    new PgException("the database system is starting up", "FATAL", "57P03", null));
            case "pool" -> new IllegalStateException("Pool closed");
            case "rule" -> ProblemException.conflict("slot-full", "the slot is full");
            default -> new IllegalArgumentException("secret detail of " + kind);
        };
    }

    /** Fails as {@link #fail} does, on the paths {@link TestWording} words. */
    @GET
    @Path("/worded/{kind}")
    public String worded(@PathParam("kind") String kind) {
        return fail(kind);
    }

    /** A request of every kind of value the strict JSON reader bounds. */
    public record Kinds(String text, java.util.List<String> words, double amount, java.time.LocalDate day,
            java.time.OffsetDateTime moment) {
    }

    @POST
    @Path("/kinds")
    @Consumes(MediaType.APPLICATION_JSON)
    public String kinds(Kinds kinds) {
        return kinds.text();
    }

    @GET
    @Path("/echo/{value}")
    public String echo(@PathParam("value") String value, @jakarta.ws.rs.QueryParam("q") String q) {
        return value + (q == null ? "" : q);
    }

    @GET
    @Path("/day/{day}")
    public String day(@PathParam("day") java.time.LocalDate day, @jakarta.ws.rs.QueryParam("until") java.time.LocalDate until) {
        return day + (until == null ? "" : "/" + until);
    }

    @POST
    @Path("/named")
    @Consumes(MediaType.APPLICATION_JSON)
    public String named(@Valid Named named) {
        return named.name();
    }
}
