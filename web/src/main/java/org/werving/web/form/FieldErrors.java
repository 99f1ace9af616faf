package org.werving.web.form;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a form, one Dutch sentence per field, in the order of the form. The service's
 * problem+json names each field and a technical reason in English; {@link #fromService} turns
 * that into what a candidate reads, without codes.
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

    /** A Dutch sentence for one of the service's field errors. */
    public static String fromService(String field, String message) {
        String m = message == null ? "" : message.toLowerCase();
        String label = LABELS.getOrDefault(field, "dit veld");
        if (field.equals("privacyConsent")) {
            return "Aanvaard de privacyverklaring om te kunnen solliciteren.";
        }
        if (field.equals("cv") || field.equals("motivationLetter")) {
            if (m.contains("bytes")) {
                return "Dit bestand is te groot: je " + label + " mag hoogstens 10 MB zijn.";
            }
            if (m.contains("empty")) {
                return "Dit bestand is leeg: kies je " + label + " opnieuw.";
            }
            return "Je " + label + " moet een pdf-, docx- of odt-document zijn.";
        }
        if (field.equals("email") && m.contains("email")) {
            return "Vul een geldig e-mailadres in, zoals naam@voorbeeld.be.";
        }
        if (field.equals("phone")) {
            return "Vul een telefoonnummer in met alleen cijfers, spaties en + ( ) . / -.";
        }
        if (field.equals("currentGrade")) {
            return "Vul je graad in zoals C3 of D4.";
        }
        if (m.contains("blank") || m.contains("null") || m.contains("required")) {
            return "Vul " + label + " in.";
        }
        if (m.contains("size must be")) {
            return "Je " + label + " is te lang.";
        }
        if (m.contains("greater than") || m.contains("less than") || m.contains("between")) {
            return "Vul voor " + label + " een aantal maanden tussen 0 en 1200 in.";
        }
        return "Kijk " + label + " na: deze waarde kan niet.";
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
        l.put("cv", "cv");
        l.put("motivationLetter", "motivatiebrief");
        l.put("privacyConsent", "de privacyverklaring");
        return l;
    }
}
