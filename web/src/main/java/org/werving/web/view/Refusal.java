package org.werving.web.view;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.werving.web.client.Candidates;
import org.werving.web.client.ServiceReplies;
import org.werving.web.staff.StaffSessions;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service's refusal of something HR or a juror asked, in Dutch: a heading and one line per field at fault.
 * A service that words its problem in Dutch ({@code Content-Language: nl}) is shown as it is; the staff services
 * answer problem+json in English with field names, which is turned into Dutch here; the page never shows a code or a
 * class name.
 */
public record Refusal(String title, List<String> lines) {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", "de titel"), Map.entry("directorate", "de directie"), Map.entry("level", "het niveau"),
            Map.entry("salaryScale", "de weddeschaal"), Map.entry("applicationDeadline", "de uiterste sollicitatiedatum"),
            Map.entry("admission", "de toelatingsvoorwaarden"), Map.entry("stages", "de selectieprocedure"),
            Map.entry("competencies", "de competenties"), Map.entry("purpose", "het doel van de functie"),
            Map.entry("seats", "het aantal plaatsen"), Map.entry("reason", "de reden"),
            Map.entry("motivation", "de motivering"), Map.entry("scores", "de scores"), Map.entry("score", "de score"),
            Map.entry("members", "de juryleden"), Map.entry("member", "het jurylid"), Map.entry("team", "de dienst"),
            Map.entry("startDate", "de startdatum"), Map.entry("endDate", "de einddatum"),
            Map.entry("validUntil", "de nieuwe einddatum"), Map.entry("decisionReference", "de beslissing"),
            Map.entry("decisionDate", "de datum van de beslissing"), Map.entry("startsAt", "het begin"),
            Map.entry("capacity", "het aantal plaatsen"), Map.entry("offer", "het aanbod"),
            Map.entry("contact", "de contactpersoon"), Map.entry("responsibilities", "de taken"),
            Map.entry("tieRule", "de regel bij gelijke stand (nodig bij een top-N)"), Map.entry("topN", "de top-N"),
            Map.entry("passMark", "de slaagdrempel"), Map.entry("components", "de onderdelen van een fase"));

    /** The answer when it is a success (2xx); throws what the page shows for 401/403, 404 and 5xx. */
    public static Response checked(Response response) {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            throw new StaffSessions.NotAllowed();
        }
        if (status == 404) {
            throw new NotFoundException();
        }
        if (status >= 500 || status == 0) {
            throw new ServiceReplies.ServiceUnavailableException("a service answered " + status);
        }
        return response;
    }

    public static boolean ok(Response response) {
        return checked(response).getStatus() < 300;
    }

    /** A 4xx answer (not 401, 403, 404) as a Dutch refusal with {@code title}. */
    public static Refusal of(String title, Response response) {
        Candidates.Problem problem = ServiceReplies.problem(response).orElse(null);
        if (problem == null) {
            return new Refusal(title, List.of("De dienst weigerde dit zonder reden op te geven."));
        }
        if (ServiceReplies.inDutch(response)) {
            return inDutch(title, problem);
        }
        if (problem.fieldErrors().isEmpty()) {
            return new Refusal(title, List.of(status(problem.status())));
        }
        return new Refusal(title, problem.fieldErrors().stream().map(e -> line(e.field(), e.message())).toList());
    }

    /** A refusal the service worded in Dutch itself: its messages (or its detail) as they are. */
    static Refusal inDutch(String title, Candidates.Problem problem) {
        List<String> lines = problem.fieldErrors().stream().map(e -> e.message()).filter(m -> m != null && !m.isBlank())
                .map(String::strip).toList();
        if (!lines.isEmpty()) {
            return new Refusal(title, lines);
        }
        boolean told = problem.detail() != null && !problem.detail().isBlank();
        return new Refusal(title, List.of(told ? problem.detail().strip() : status(problem.status())));
    }

    static String status(int status) {
        return switch (status) {
            case 409 -> "Dat kan niet in de huidige stand van de procedure (iemand anders wijzigde ze intussen, of deze stap is al gezet).";
            case 429 -> "Er zijn nu te veel aanvragen. Probeer het over een minuut opnieuw.";
            default -> "Wat je invulde, klopt niet of is onvolledig.";
        };
    }

    /** One field error in Dutch: which part, and what is wrong with it. */
    public static String line(String field, String message) {
        String root = field == null ? "" : field.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        String last = field == null ? "" : field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
        String label = FIELDS.getOrDefault(last, FIELDS.getOrDefault(root,
                field == null || field.isBlank() ? "dit gegeven" : "'" + field + "'"));
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        String what;
        if (m.contains("required") || m.contains("must not be blank") || m.contains("must not be null")
                || m.contains("must not be empty") || m.contains("missing")) {
            what = "ontbreekt";
        } else if (m.contains("future")) {
            what = "moet in de toekomst liggen";
        } else if (m.contains("scale") || m.contains("between") || m.contains("negative")) {
            what = "ligt buiten de schaal";
        } else if (m.contains("not a member")) {
            what = "is geen lid van deze jury";
        } else if (m.contains("external")) {
            what = "vraagt minstens één extern jurylid";
        } else if (m.contains("10 to 4000") || m.contains("written motivation")) {
            what = "moet een geschreven motivering van minstens 10 tekens zijn";
        } else {
            what = "klopt niet";
        }
        return capitalise(label) + " " + what + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
