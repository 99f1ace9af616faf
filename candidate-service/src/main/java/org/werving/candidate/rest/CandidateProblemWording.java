package org.werving.candidate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import org.werving.candidate.config.CandidateConfig;
import org.werving.candidate.service.ErrorTexts;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemTypes;
import org.werving.chassis.problem.ProblemWording;

import java.util.List;
import java.util.Optional;

/**
 * Dutch for every problem a candidate gets, in both layers of the chassis ({@link ProblemWording}): applying
 * ({@code POST /applications}) and the self-service of the secret link ({@code /self-service/...}). Chosen by
 * {@code type}, never by the English text. What the chassis words by itself gets Dutch words: validation (title and
 * detail; the messages are already Dutch, from {@code ValidationMessages.properties} or the service), malformed-body
 * (messages too), concurrent-update, unavailable, internal, bare HTTP statuses, and what the HTTP layer refuses before
 * a resource is reached (a body over the limit, an overlong address or header block, a control character in the
 * address or a query value, an invalid token). The service's own refusals (not-found, duplicate-application, ...)
 * are worded in Dutch where they are thrown and stay as they are. {@code type}, {@code status} and
 * {@code errors[].field} never change. Every problem on these paths says {@code Content-Language: nl}; HR's and
 * staff's paths keep the chassis' English.
 */
@ApplicationScoped
public class CandidateProblemWording implements ProblemWording {
    private static final String NL = "nl";
    private final String maxDocument;

    public CandidateProblemWording(CandidateConfig config) {
        this.maxDocument = ErrorTexts.megabytes(config.documents().maxBytes());
    }

    @Override
    public Optional<Worded> word(Layer layer, String method, String path, Problem problem) {
        return candidateFacing(method, path) ? Optional.of(new Worded(dutch(layer, problem), NL)) : Optional.empty();
    }

    /** Applying ({@code POST /applications}) and the self-service of the secret link. */
    static boolean candidateFacing(String method, String path) {
        return path.startsWith("/self-service/")
                || (HttpMethod.POST.equals(method) && (path.equals("/applications") || path.equals("/applications/")));
    }

    /** The problem in Dutch, or the same problem when the service worded it already. */
    private Problem dutch(Layer layer, Problem problem) {
        String rule = problem.rule();
        if (rule == null) {
            return reworded(problem, status(problem.status()), List.of());
        }
        return switch (rule) {
            case ProblemTypes.VALIDATION -> layer == Layer.HTTP ? controlCharacter(problem)
                    : reworded(problem, new Words("Kijk je gegevens na", ErrorTexts.checkFields(errors(problem))),
                            errors(problem));
            case ProblemTypes.MALFORMED_BODY -> malformed(problem);
            case ProblemTypes.CONCURRENT_UPDATE -> reworded(problem, new Words("Even opnieuw proberen",
                    "Je kandidatuur werd op hetzelfde moment ook op een andere manier gewijzigd. Er is niets veranderd: "
                            + "probeer het opnieuw."), List.of());
            case ProblemTypes.UNAVAILABLE -> reworded(problem, new Words("Even niet beschikbaar",
                    "We kunnen je aanvraag nu niet verwerken. Er is niets veranderd: probeer het over enkele ogenblikken "
                            + "opnieuw."), List.of());
            case ProblemTypes.INTERNAL -> reworded(problem, new Words("Er ging iets mis",
                    "Je aanvraag kon niet worden afgehandeld. Er is niets veranderd: probeer het later opnieuw."), List.of());
            case "body-too-large" -> reworded(problem, new Words("Te groot", "Wat je verstuurde, is te groot. Elk "
                    + "bestand mag hoogstens " + maxDocument + " zijn: kies kleinere bestanden en probeer het opnieuw."),
                    List.of());
            case "request-too-long" -> reworded(problem, new Words("Adres te lang",
                    "Dit adres is te lang om te openen. Gebruik de link uit je e-mail zoals hij is."), List.of());
            case "headers-too-large" -> reworded(problem, new Words("Aanvraag te groot",
                    "Je browser stuurde te veel gegevens mee. Sluit je browser of wis je cookies en probeer het opnieuw."),
                    List.of());
            case "unauthenticated" -> reworded(problem, new Words("Niet aangemeld",
                    "Je aanmelding is ongeldig of verlopen. Open de link uit je e-mail opnieuw."), List.of());
            default -> problem;
        };
    }

    /** The HTTP layer's only validation problem: a control character in the address or a query value. */
    private static Problem controlCharacter(Problem problem) {
        List<Problem.FieldError> errors = errors(problem).stream()
                .map(e -> new Problem.FieldError(e.field(), "path".equals(e.field())
                        ? "Dit adres bevat een teken dat niet kan: gebruik de link uit je e-mail zoals hij is."
                        : "Dit gegeven bevat een teken dat niet kan (een stuurteken): vul het opnieuw in."))
                .toList();
        boolean onlyPath = !errors.isEmpty() && errors.stream().allMatch(e -> "path".equals(e.field()));
        return reworded(problem, new Words("Kijk je gegevens na", onlyPath
                ? "Dit adres kan niet worden geopend: het bevat een teken dat niet kan."
                : ErrorTexts.checkFields(errors)), errors);
    }

    private static Problem malformed(Problem problem) {
        List<Problem.FieldError> errors = errors(problem).stream()
                .map(e -> new Problem.FieldError(e.field(), "Vul " + ErrorTexts.label(e.field())
                        + " opnieuw in: deze waarde heeft niet de juiste vorm."))
                .toList();
        String detail = errors.isEmpty()
                ? "Wat je verstuurde, kon niet worden gelezen. Open het formulier opnieuw en probeer het nog eens."
                : ErrorTexts.checkFields(errors);
        return reworded(problem, new Words("Het formulier kon niet worden gelezen", detail), errors);
    }

    private static Words status(int status) {
        return switch (status) {
            case 404 -> new Words("Niet gevonden", "Dit adres opent geen vacature of kandidatuur.");
            case 405 -> new Words("Niet toegelaten", "Dit kan op dit adres niet.");
            case 406, 415 -> new Words("Verkeerde vorm", "Wat je verstuurde, heeft niet de vorm die we verwachten.");
            case 413 -> new Words("Te groot", "Wat je verstuurde, is te groot. Kies kleinere bestanden.");
            case 400 -> new Words("Niet leesbaar", "Wat je verstuurde, kon niet worden gelezen.");
            default -> status >= 500
                    ? new Words("Er ging iets mis", "Je aanvraag kon niet worden afgehandeld. Probeer het later opnieuw.")
                    : new Words("Niet gelukt", "Je aanvraag kon niet worden afgehandeld.");
        };
    }

    private static List<Problem.FieldError> errors(Problem problem) {
        return problem.errors() == null ? List.of() : problem.errors();
    }

    private static Problem reworded(Problem problem, Words words, List<Problem.FieldError> errors) {
        return new Problem(problem.type(), words.title(), problem.status(), words.detail(), problem.instance(), errors);
    }

    /** What a candidate reads: the problem's title and detail. */
    private record Words(String title, String detail) {
    }
}
