package org.werving.candidate.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * The Dutch mail templates, {@code templates/mail/<kind>.txt} (first line: the subject; the rest: the text), filled
 * in when the mail relay sends a mail from the kind and values the mail outbox keeps.
 */
@ApplicationScoped
public class MailTemplates {
    /** Every value a template may ask for; absent means "not for this mail". */
    private static final String[] KEYS = {"link", "text", "motivation", "capacityTest", "reserve", "validUntil", "when",
            "place", "meetingLink", "durationMinutes", "stageName", "team", "startDate", "endDate", "reason", "kind",
            "decisionReference", "reviewed", "firstName", "vacancyTitle"};

    private final Engine engine;

    public MailTemplates(Engine engine) {
        this.engine = engine;
    }

    /** A mail in words. */
    public record Rendered(String subject, String body) {
    }

    /** Whether there is a template for {@code kind}. */
    public boolean has(String kind) {
        return engine.getTemplate(path(kind)) != null;
    }

    public Rendered render(String kind, Map<String, Object> data) {
        Template template = engine.getTemplate(path(kind));
        if (template == null) {
            throw new IllegalStateException("no mail template " + path(kind));
        }
        Map<String, Object> values = new HashMap<>();
        for (String key : KEYS) {
            values.put(key, null);
        }
        values.putAll(data);
        String rendered = template.data(values).render().stripLeading();
        int newline = rendered.indexOf('\n');
        return new Rendered((newline < 0 ? rendered : rendered.substring(0, newline)).strip(),
                newline < 0 ? "" : rendered.substring(newline + 1).strip() + "\n");
    }

    private static String path(String kind) {
        return "mail/" + kind + ".txt";
    }
}
