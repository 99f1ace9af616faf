package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.werving.web.client.CandidateApi;
import org.werving.web.client.Candidates;
import org.werving.web.client.ServiceReplies;
import org.werving.web.client.Vacancies;
import org.werving.web.client.VacancyApi;
import org.werving.web.config.WebConfig;
import org.werving.web.form.ApplicationForm;
import org.werving.web.form.ApplicationMapper;
import org.werving.web.form.FieldErrors;
import org.werving.web.form.Questions;
import org.werving.web.session.Sessions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One posting: everything it states with the candidate's own salary estimate, and applying to it: the candidate form with only the questions that matter for the vacancy, CV and letter,
 * consent. Every error comes back next to its field with everything typed kept; one Idempotency-Key
 * per rendered form makes a double submit one application.
 */
@Path("/vacatures/{id}")
@Produces(MediaType.TEXT_HTML)
public class PostingPages {
    private static final Logger LOG = Logger.getLogger(PostingPages.class);
    /** The contract names of candidate-service's form. */
    static final java.util.List<String> CANDIDATE_CONTRACTS = java.util.List.of("INDEFINITE",
            "INDEFINITE_WITH_RESOLUTIVE_CONDITION", "FIXED_TERM", "STATUTORY");

    private final VacancyApi vacancies;
    private final CandidateApi candidates;
    private final Sessions sessions;
    private final WebConfig config;
    private final Template detail;
    private final Template form;
    private final Template thanks;

    public PostingPages(@RestClient VacancyApi vacancies, @RestClient CandidateApi candidates, Sessions sessions,
            WebConfig config, @Location("vacature.html") Template detail, @Location("solliciteren.html") Template form, @Location("bedankt.html") Template thanks) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.sessions = sessions;
        this.config = config;
        this.detail = detail;
        this.form = form;
        this.thanks = thanks;
    }

    @GET
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("privejaren") String privateYears,
            @QueryParam("publiekejaren") String publicYears) {
        Vacancies.Vacancy vacancy = VacancyPages.vacancy(vacancies, id);
        SalaryView salary = SalaryView.none(privateYears, publicYears);
        if (vacancy.salaryScale() != null && (privateYears != null || publicYears != null)) {
            salary = salary(vacancy.salaryScale(), privateYears, publicYears);
        }
        return detail.data("v", vacancy).data("salary", salary);
    }

    /** The candidate's own salary estimate: the years typed, and the estimate or why there is none. */
    public record SalaryView(String privateYears, String publicYears, Vacancies.SalaryEstimate estimate, String error) {
        static SalaryView none(String privateYears, String publicYears) {
            return new SalaryView(Objects.toString(privateYears, ""), Objects.toString(publicYears, ""), null, null);
        }
    }

    private SalaryView salary(String scale, String privateYears, String publicYears) {
        String priv = blankToZero(privateYears);
        String pub = blankToZero(publicYears);
        if (!priv.matches("\\d{1,2}") || !pub.matches("\\d{1,2}")) {
            return new SalaryView(privateYears, publicYears, null, "Vul het aantal jaren in als een getal, bijvoorbeeld 5.");
        }
        Response response = vacancies.salaryEstimate(scale, priv, pub);
        if (response.getStatus() == 200) {
            return new SalaryView(privateYears, publicYears, ServiceReplies.read(response, Vacancies.SalaryEstimate.class),
                    null);
        }
        return new SalaryView(privateYears, publicYears, null,
                "Voor deze weddeschaal kunnen we nu geen schatting maken. Vraag het gerust aan de selectiedienst.");
    }

    @GET
    @Path("solliciteren")
    public TemplateInstance show(@PathParam("id") String id) {
        Vacancies.Vacancy vacancy = VacancyPages.vacancy(vacancies, id);
        ApplicationForm empty = new ApplicationForm();
        empty.idempotencyKey = UUID.randomUUID().toString();
        return render(vacancy, empty, new FieldErrors(), null);
    }

    @POST
    @Path("solliciteren")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object submit(@PathParam("id") String id, @BeanParam ApplicationForm typed) {
        Vacancies.Vacancy vacancy = VacancyPages.vacancy(vacancies, id);
        Questions questions = Questions.of(vacancy);
        if (typed.idempotencyKey == null || !typed.idempotencyKey.matches("[0-9a-f-]{36}")) {
            typed.idempotencyKey = UUID.randomUUID().toString();
        }
        FieldErrors errors = new FieldErrors();
        if (questions.internalTrack() && !"ja".equals(typed.internal) && !"nee".equals(typed.internal)) {
            errors.add("internal", "Geef aan of je al bij stad of OCMW werkt.");
        }
        Map<String, Object> request = ApplicationMapper.toRequest(vacancy.id(), typed, questions,
                config.privacyStatementVersion(), errors);
        if (!errors.isEmpty()) {
            return render(vacancy, typed, errors, null);
        }
        Response answer = candidates.apply(multipart(request, typed), typed.idempotencyKey);
        int status = answer.getStatus();
        if (status == 201 || status == 200) {
            // the secret link token comes this once: it goes straight into the sealed session cookie
            Candidates.Applied applied = ServiceReplies.read(answer, Candidates.Applied.class);
            Response.ResponseBuilder redirect = Response.seeOther(URI.create("/vacatures/" + vacancy.id() + "/bedankt"));
            if (applied.accessToken() != null) {
                redirect.cookie(sessions.cookie(sessions.open(applied.id(), applied.accessToken())));
            }
            return redirect.build();
        }
        return afterRefusal(vacancy, typed, answer);
    }

    private TemplateInstance afterRefusal(Vacancies.Vacancy vacancy, ApplicationForm typed, Response answer) {
        var problem = ServiceReplies.problem(answer);
        boolean dutch = ServiceReplies.inDutch(answer);
        int status = answer.getStatus();
        FieldErrors errors = new FieldErrors();
        if (status == 400 || status == 413 || status == 415) {
            problem.ifPresent(p -> p.fieldErrors().forEach(e -> errors.add(e.field(),
                    FieldErrors.fromService(e.field(), dutch ? e.message() : null))));
        }
        String told = dutch ? problem.map(Candidates.Problem::detail).filter(d -> !d.isBlank()).orElse(null) : null;
        String general = null;
        if (status == 404 || status == 409 || status == 422) {
            general = told != null ? told
                    : "Solliciteren voor deze vacature kan niet meer: de termijn is voorbij of de vacature is afgesloten.";
        } else if (status == 429) {
            general = "Er kwamen te veel sollicitaties tegelijk binnen. Wacht een minuut en verstuur het formulier opnieuw.";
        } else if (status >= 500 || (errors.isEmpty() && status != 400 && status != 413 && status != 415)) {
            LOG.warnf("applying to %s answered %d", vacancy.id(), status);
            general = "Je sollicitatie kon nu niet worden verstuurd. Probeer het over enkele minuten opnieuw.";
        } else if (errors.isEmpty()) {
            general = told != null ? told : "Kijk het formulier na.";
        }
        return render(vacancy, typed, errors, general);
    }

    private TemplateInstance render(Vacancies.Vacancy vacancy, ApplicationForm typed, FieldErrors errors, String general) {
        boolean filesLost = !errors.isEmpty() && (typed.hasFile(typed.cv) || typed.hasFile(typed.motivationLetter));
        return form.data("v", vacancy).data("q", Questions.of(vacancy)).data("f", typed).data("errors", errors)
                .data("general", general).data("filesLost", filesLost)
                .data("privacyVersion", config.privacyStatementVersion()).data("levels", VacancyPages.LEVELS)
                .data("candidateContracts", CANDIDATE_CONTRACTS);
    }

    @GET
    @Path("bedankt")
    public TemplateInstance thanks(@PathParam("id") String id) {
        return thanks.data("v", VacancyPages.vacancy(vacancies, id));
    }

    private static ClientMultipartForm multipart(Map<String, Object> request, ApplicationForm typed) {
        ClientMultipartForm form = ClientMultipartForm.create();
        form.entity("application", request, MediaType.APPLICATION_JSON, Map.class);
        file(form, "cv", typed, typed.cv);
        file(form, "motivationLetter", typed, typed.motivationLetter);
        return form;
    }

    private static void file(ClientMultipartForm form, String name, ApplicationForm typed, FileUpload upload) {
        if (!typed.hasFile(upload)) {
            return;
        }
        try {
            form.binaryFileUpload(name, upload.fileName(), io.vertx.core.buffer.Buffer.buffer(
                    Files.readAllBytes(upload.uploadedFile())), MediaType.APPLICATION_OCTET_STREAM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToZero(String s) {
        return s == null || s.isBlank() ? "0" : s.strip();
    }
}
