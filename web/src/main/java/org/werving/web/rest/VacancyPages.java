package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.werving.web.client.ServiceReplies;
import org.werving.web.client.Vacancies;
import org.werving.web.client.VacancyApi;
import org.werving.web.view.Dutch;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The public job portal: the list of vacancies with Dutch full-text search, filters and pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class VacancyPages {
    static final int PAGE_SIZE = 10;
    static final List<String> LEVELS = List.of("A", "B", "C", "D", "E");
    static final List<String> CONTRACTS = List.of("INDEFINITE", "INDEFINITE_RESOLUTIVE", "FIXED_TERM", "STATUTORY");

    private final VacancyApi vacancies;
    private final Template list;

    public VacancyPages(@RestClient VacancyApi vacancies, @Location("vacatures.html") Template list) {
        this.vacancies = vacancies;
        this.list = list;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/vacatures")).build();
    }

    /** The search form's values as typed, to fill the form again and to build the paging links. */
    public record Search(String q, String directorate, String level, String contract, String openOn, int page) {
        String query(int toPage) {
            StringBuilder s = new StringBuilder();
            param(s, "q", q);
            param(s, "directie", directorate);
            param(s, "niveau", level);
            param(s, "contract", contract);
            param(s, "open", openOn);
            param(s, "pagina", String.valueOf(toPage));
            return "/vacatures?" + s.substring(1);
        }

        public String previous() {
            return query(page - 1);
        }

        public String next() {
            return query(page + 1);
        }

        public boolean filtered() {
            return Objects.toString(q, "").length() + Objects.toString(directorate, "").length()
                    + Objects.toString(level, "").length() + Objects.toString(contract, "").length()
                    + Objects.toString(openOn, "").length() > 0;
        }

        private static void param(StringBuilder s, String name, String value) {
            if (value != null && !value.isBlank()) {
                s.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @GET
    @Path("vacatures")
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("directie") String directorate,
            @QueryParam("niveau") String level, @QueryParam("contract") String contract,
            @QueryParam("open") String openOn, @QueryParam("pagina") String page) {
        Search search = new Search(trim(q), trim(directorate), level != null && LEVELS.contains(level) ? level : null,
                contract != null && CONTRACTS.contains(contract) ? contract : null, trim(openOn), pageNumber(page));
        String openError = null;
        String deadlineAfter = null;
        if (search.openOn() != null) {
            try {
                deadlineAfter = LocalDate.parse(search.openOn()).atStartOfDay(Dutch.BRUSSELS).toOffsetDateTime().toString();
            } catch (DateTimeParseException e) {
                openError = "Vul een datum in zoals 2026-03-17.";
            }
        }
        Response response = vacancies.list(search.q(), search.level(), search.directorate(), search.contract(),
                deadlineAfter, search.page(), PAGE_SIZE);
        if (response.getStatus() != 200) {
            throw new ServiceReplies.ServiceUnavailableException("vacancy list answered " + response.getStatus());
        }
        boolean more = response.getLink("next") != null;
        List<Vacancies.Summary> items = ServiceReplies.readList(response, Vacancies.Summary.class);
        return list.data("search", search).data("items", items).data("more", more)
                .data("directorates", directorates()).data("levels", LEVELS).data("contracts", CONTRACTS)
                .data("openError", openError);
    }

    /** The directorates of the published vacancies, for the filter (from the first page of 100). */
    private List<String> directorates() {
        Response response = vacancies.list(null, null, null, null, null, 1, 100);
        if (response.getStatus() != 200) {
            return List.of();
        }
        return ServiceReplies.readList(response, Vacancies.Summary.class).stream()
                .map(Vacancies.Summary::directorate).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** A published or closed vacancy, or a 404 page. */
    static Vacancies.Vacancy vacancy(VacancyApi vacancies, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        Response response = vacancies.get(uuid);
        if (response.getStatus() == 404) {
            throw new NotFoundException();
        }
        if (response.getStatus() != 200) {
            throw new ServiceReplies.ServiceUnavailableException("vacancy answered " + response.getStatus());
        }
        return ServiceReplies.read(response, Vacancies.Vacancy.class);
    }

    private static int pageNumber(String page) {
        try {
            int n = Integer.parseInt(page == null ? "1" : page.strip());
            return n < 1 || n > 10_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
