package org.werving.candidate.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;
import org.werving.candidate.model.Application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts a mail to the candidate in the mail outbox: its kind (the Dutch Qute template
 * {@code templates/mail/<kind>.txt}, see {@link MailTemplates}) and values, rendered by the mail relay when it sends
 * it, not inside the request or the consumer. Call it inside the transaction of the step the mail announces: the
 * mail is written if and only if the step is.
 */
@ApplicationScoped
public class Notifications {
    public static final String RECEIPT = "receipt";
    public static final String ADMITTED = "admitted";
    public static final String NOT_ADMITTED = "not-admitted";
    public static final String STAGE_RESULT = "stage-result";
    /** The formal notice that the candidate is out of the procedure (a stage, the capacity test), with its letter. */
    public static final String ELIMINATED = "eliminated";
    public static final String RESERVE = "reserve";
    public static final String INTERVIEW_INVITATION = "interview-invitation";
    public static final String RESERVE_EXTENDED = "reserve-extended";
    public static final String RESERVE_EXPIRED = "reserve-expired";
    public static final String RESERVE_ENDED = "reserve-ended";
    public static final String APPOINTED = "appointed";
    public static final String BOOKING_REFUSED = "booking-refused";
    public static final String INTERVIEW_CANCELLED = "interview-cancelled";
    public static final String INTERVIEW_MOVED = "interview-moved";
    public static final String BOOKING_CANCELLED = "booking-cancelled";
    public static final String CANCELLATION_REFUSED = "cancellation-refused";
    /** Data key of a decision letter's id: the mail carries the letter as PDF. */
    public static final String LETTER = "letter";
    /** Data key of an {@link Ics} slot: the mail gets it as an iCalendar attachment. */
    public static final String APPOINTMENT = "appointment";

    private final MailTemplates templates;
    private final ObjectMapper json;
    private final String selfServiceUrl;
    private final String from;

    public Notifications(MailTemplates templates, ObjectMapper json, CandidateConfig config) {
        this.templates = templates;
        this.json = json;
        this.selfServiceUrl = config.portal().selfServiceUrl();
        this.from = config.mail().from();
    }

    /** The link in the receipt: the portal page of the application, with its secret token. */
    public String link(UUID applicationId, String token) {
        return selfServiceUrl + "?application=" + applicationId + "&token=" + token;
    }

    /**
     * Queues the mail {@code kind} with its values: the mail relay renders it when it sends it. An {@link #APPOINTMENT}
     * becomes the .ics attachment now (its stamp is the moment of the step), a {@link #LETTER} the letter it carries.
     */
    public Uni<Void> enqueue(Application application, String vacancyTitle, String kind, Map<String, Object> data) {
        if (application.email == null || application.erasedAt != null) {
            return Uni.createFrom().voidItem(); // erased: nobody to write to
        }
        if (!templates.has(kind)) {
            throw new IllegalStateException("no mail template mail/" + kind + ".txt");
        }
        Map<String, Object> values = new HashMap<>(data);
        values.remove(APPOINTMENT);
        values.remove(LETTER);
        values.put("firstName", application.firstName);
        values.put("vacancyTitle", vacancyTitle == null ? "de vacature" : vacancyTitle);
        MailMessage mail = new MailMessage();
        mail.id = UUID.randomUUID();
        mail.applicationId = application.id;
        mail.kind = kind;
        mail.recipient = application.email;
        try {
            mail.data = json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mail values of " + kind + " not writable as JSON", e);
        }
        if (data.get(APPOINTMENT) instanceof Ics slot) {
            mail.ics = slot.render(vacancyTitle, from, OffsetDateTime.now(ZoneOffset.UTC));
        }
        if (data.get(LETTER) instanceof UUID letter) {
            mail.letterId = letter;
        }
        mail.state = "PENDING";
        mail.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return mail.persist().replaceWithVoid();
    }
}
