package org.werving.web.form;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a form, one Dutch sentence per field, in the order of the form. The service's
 * problem+json names each field ({@code errors[].field}) and says in Dutch what is wrong
 * ({@code errors[].message}, with {@code Content-Language: nl}); {@link #fromService} takes that sentence.
 */
public final class FieldErrors {
    /** The form's fields in reading order, with the words a sentence uses for each. */
    static final Map<String, String> LABELS = labels();

    private final Map<String, String> messages = new LinkedHashMap<>();

    public void add(String field, String message) {
        messages.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.get(field);
    }

    /** Field and message pairs in the order of the form (fields the form does not know last). */
    public Map<String, String> ordered() {
        Map<String, String> out = new LinkedHashMap<>();
        LABELS.keySet().stream().filter(messages::containsKey).forEach(f -> out.put(f, messages.get(f)));
        messages.forEach(out::putIfAbsent);
        return out;
    }

    /**
     * What the candidate reads for one of the service's field errors: the service's own Dutch message when it
     * gave one (candidate-service words its refusals of the candidate's requests in Dutch), otherwise a sentence
     * chosen by the field alone. Never a guess from the message's words.
     */
    public static String fromService(String field, String dutchMessage) {
        if (dutchMessage != null && !dutchMessage.isBlank()) {
            return dutchMessage.strip();
        }
        return "Kijk " + LABELS.getOrDefault(field, "dit veld") + " na.";
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("firstName", "je voornaam");
        l.put("lastName", "je achternaam");
        l.put("email", "je e-mailadres");
        l.put("phone", "je telefoonnummer");
        l.put("street", "je straat en huisnummer");
        l.put("postalCode", "je postcode");
        l.put("city", "je gemeente");
        l.put("internal", "of je al bij stad of OCMW werkt");
        l.put("contractType", "je huidige contract");
        l.put("currentLevel", "je huidige niveau");
        l.put("currentGrade", "je huidige graad");
        l.put("levelSeniorityMonths", "je niveauanciënniteit bij stad of OCMW");
        l.put("gradeSeniorityMonths", "je graadanciënniteit bij stad of OCMW");
        l.put("serviceSeniorityMonths", "je dienstanciënniteit bij stad of OCMW");
        l.put("levelSeniorityOtherLocalGovernmentMonths", "je niveauanciënniteit bij een ander lokaal bestuur");
        l.put("gradeSeniorityOtherLocalGovernmentMonths", "je graadanciënniteit bij een ander lokaal bestuur");
        l.put("serviceSeniorityOtherLocalGovernmentMonths", "je dienstanciënniteit bij een ander lokaal bestuur");
        l.put("diploma", "je diploma");
        l.put("diplomaLevel", "het niveau van je diploma");
        l.put("relevantExperienceMonths", "je relevante werkervaring");
        l.put("experienceDescription", "de beschrijving van je ervaring");
        l.put("drivingLicence", "of je een rijbewijs hebt");
        l.put("motivation", "je motivatie");
        l.put("cv", "je cv");
        l.put("motivationLetter", "je motivatiebrief");
        l.put("privacyConsent", "de privacyverklaring");
        return l;
    }
}
