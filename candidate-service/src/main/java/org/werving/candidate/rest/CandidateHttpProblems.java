package org.werving.candidate.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;
import org.werving.candidate.service.ErrorTexts;
import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemTypes;
import org.werving.chassis.problem.ProblemWording;

import java.util.List;
import java.util.Optional;

/**
 * Dutch for what the chassis' HTTP layer refuses on a candidate's request before a resource is reached (a body
 * over the limit, an overlong address or header block, a control character in the address or a query value):
 * the same paths and the same rule as {@link CandidateProblems}, which words what the resources answer.
 */
@ApplicationScoped
public class CandidateHttpProblems implements ProblemWording {
    private static final String NL = "nl";
    private final String maxDocument;

    public CandidateHttpProblems(CandidateConfig config) {
        this.maxDocument = ErrorTexts.megabytes(config.documents().maxBytes());
    }

    @Override
    public Optional<Worded> word(String method, String path, Problem problem) {
        if (!CandidateProblems.candidateFacing(method, path)) {
            return Optional.empty();
        }
        String type = problem.type() == null ? "" : problem.type().toString();
        String rule = type.startsWith(Problem.TYPE_PREFIX) ? type.substring(Problem.TYPE_PREFIX.length()) : "";
        String[] words = switch (rule) {
            case "body-too-large" -> new String[] {"Te groot", "Wat je verstuurde, is te groot. Elk bestand mag "
                    + "hoogstens " + maxDocument + " zijn: kies kleinere bestanden en probeer het opnieuw."};
            case "request-too-long" -> new String[] {"Adres te lang",
                    "Dit adres is te lang om te openen. Gebruik de link uit je e-mail zoals hij is."};
            case "headers-too-large" -> new String[] {"Aanvraag te groot",
                    "Je browser stuurde te veel gegevens mee. Sluit je browser of wis je cookies en probeer het opnieuw."};
            case "unauthenticated" -> new String[] {"Niet aangemeld",
                    "Je aanmelding is ongeldig of verlopen. Open de link uit je e-mail opnieuw."};
            // the HTTP layer's only validation problem: a control character in the address or a query value
            case ProblemTypes.VALIDATION -> new String[] {"Kijk je gegevens na", onlyPath(problem)
                    ? "Dit adres kan niet worden geopend: het bevat een teken dat niet kan."
                    : ErrorTexts.checkFields(problem.errors())};
            default -> null;
        };
        if (words == null) {
            Problem dutch = CandidateProblems.dutch(problem);
            return dutch == problem ? Optional.empty() : Optional.of(new Worded(dutch, NL));
        }
        List<Problem.FieldError> errors = problem.errors() == null ? List.of() : problem.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), controlCharacter(e.field()))).toList();
        return Optional.of(new Worded(new Problem(problem.type(), words[0], problem.status(), words[1],
                problem.instance(), errors), NL));
    }

    private static boolean onlyPath(Problem problem) {
        return problem.errors() != null && !problem.errors().isEmpty()
                && problem.errors().stream().allMatch(e -> "path".equals(e.field()));
    }

    private static String controlCharacter(String field) {
        return "path".equals(field) ? "Dit adres bevat een teken dat niet kan: gebruik de link uit je e-mail zoals hij is."
                : "Dit gegeven bevat een teken dat niet kan (een stuurteken): vul het opnieuw in.";
    }
}
