package org.werving.candidate.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.werving.candidate.service.ErrorTexts;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemTypes;

import java.util.List;

/**
 * Dutch texts for the problems the chassis words by itself (in English) when a candidate asked: applying
 * ({@code POST /applications}) and the self-service of the secret link ({@code /self-service/...}). Chosen by
 * {@code type}, never by the English text: validation (title and detail; the messages are already Dutch, from
 * {@code ValidationMessages.properties} or the service), malformed-body (messages too), concurrent-update,
 * unavailable, internal and bare HTTP statuses. The service's own refusals (not-found, duplicate-application,
 * ...) are worded in Dutch where they are thrown. {@code type}, {@code status} and {@code errors[].field}
 * never change. Every problem on these paths says {@code Content-Language: nl}.
 */
public class CandidateProblems {
    private static final String CHASSIS = Problem.TYPE_PREFIX;
    private static final String BLANK = "about:blank";

    /** Below the chassis' own filter's priority: response filters run from high to low, so this one runs after it. */
    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void inDutch(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !candidateFacing(request)) {
            return;
        }
        response.getHeaders().putSingle("Content-Language", "nl");
        Problem dutch = dutch(problem);
        if (dutch != problem) {
            response.setEntity(dutch, null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    static boolean candidateFacing(ContainerRequestContext request) {
        return candidateFacing(request.getMethod(), request.getUriInfo().getPath());
    }

    /** Applying ({@code POST /applications}) and the self-service of the secret link. */
    static boolean candidateFacing(String method, String path) {
        return path.startsWith("/self-service/")
                || (HttpMethod.POST.equals(method) && (path.equals("/applications") || path.equals("/applications/")));
    }

    /** The problem in Dutch, or the same problem when the service worded it already. */
    static Problem dutch(Problem problem) {
        String type = problem.type() == null ? BLANK : problem.type().toString();
        if (type.equals(BLANK)) {
            return reworded(problem, status(problem.status()), List.of());
        }
        return switch (type.startsWith(CHASSIS) ? type.substring(CHASSIS.length()) : "") {
            case ProblemTypes.VALIDATION -> reworded(problem, new String[] {"Kijk je gegevens na",
                    ErrorTexts.checkFields(problem.errors() == null ? List.of() : problem.errors())}, problem.errors());
            case ProblemTypes.MALFORMED_BODY -> malformed(problem);
            case ProblemTypes.CONCURRENT_UPDATE -> reworded(problem, new String[] {"Even opnieuw proberen",
                    "Je kandidatuur werd op hetzelfde moment ook op een andere manier gewijzigd. Er is niets veranderd: "
                            + "probeer het opnieuw."}, List.of());
            case ProblemTypes.UNAVAILABLE -> reworded(problem, new String[] {"Even niet beschikbaar",
                    "We kunnen je aanvraag nu niet verwerken. Er is niets veranderd: probeer het over enkele ogenblikken "
                            + "opnieuw."}, List.of());
            case ProblemTypes.INTERNAL -> reworded(problem, new String[] {"Er ging iets mis",
                    "Je aanvraag kon niet worden afgehandeld. Er is niets veranderd: probeer het later opnieuw."}, List.of());
            default -> problem;
        };
    }

    private static Problem malformed(Problem problem) {
        List<Problem.FieldError> errors = problem.errors() == null ? List.of() : problem.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), "Vul " + ErrorTexts.label(e.field())
                        + " opnieuw in: deze waarde heeft niet de juiste vorm."))
                .toList();
        String detail = errors.isEmpty()
                ? "Wat je verstuurde, kon niet worden gelezen. Open het formulier opnieuw en probeer het nog eens."
                : ErrorTexts.checkFields(errors);
        return reworded(problem, new String[] {"Het formulier kon niet worden gelezen", detail}, errors);
    }

    private static String[] status(int status) {
        return switch (status) {
            case 404 -> new String[] {"Niet gevonden", "Dit adres opent geen vacature of kandidatuur."};
            case 405 -> new String[] {"Niet toegelaten", "Dit kan op dit adres niet."};
            case 406, 415 -> new String[] {"Verkeerde vorm", "Wat je verstuurde, heeft niet de vorm die we verwachten."};
            case 413 -> new String[] {"Te groot", "Wat je verstuurde, is te groot. Kies kleinere bestanden."};
            case 400 -> new String[] {"Niet leesbaar", "Wat je verstuurde, kon niet worden gelezen."};
            default -> status >= 500
                    ? new String[] {"Er ging iets mis", "Je aanvraag kon niet worden afgehandeld. Probeer het later opnieuw."}
                    : new String[] {"Niet gelukt", "Je aanvraag kon niet worden afgehandeld."};
        };
    }

    private static Problem reworded(Problem problem, String[] titleAndDetail, List<Problem.FieldError> errors) {
        return new Problem(problem.type(), titleAndDetail[0], problem.status(), titleAndDetail[1], problem.instance(),
                errors == null ? List.of() : errors);
    }
}
