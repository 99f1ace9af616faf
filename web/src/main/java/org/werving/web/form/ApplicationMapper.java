package org.werving.web.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the typed form into candidate-service's application request. It decides nothing about
 * admission: it only converts what was typed (a number of months must be a whole number) and leaves
 * every rule to the service, whose field errors come back next to the fields.
 */
public final class ApplicationMapper {
    private static final String[] MONTHS = {"relevantExperienceMonths", "levelSeniorityMonths", "gradeSeniorityMonths",
            "serviceSeniorityMonths", "levelSeniorityOtherLocalGovernmentMonths",
            "gradeSeniorityOtherLocalGovernmentMonths", "serviceSeniorityOtherLocalGovernmentMonths"};

    private ApplicationMapper() {
    }

    /** The request body, or the conversion errors in {@code errors} (then the body must not be sent). */
    public static Map<String, Object> toRequest(UUID vacancyId, ApplicationForm f, Questions q, String privacyVersion,
            FieldErrors errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vacancyId", vacancyId.toString());
        body.put("firstName", trim(f.firstName));
        body.put("lastName", trim(f.lastName));
        body.put("email", trim(f.email));
        body.put("phone", trim(f.phone));
        body.put("street", trim(f.street));
        body.put("postalCode", trim(f.postalCode));
        body.put("city", trim(f.city));
        boolean internal = q.internalTrack() && f.saysInternal();
        body.put("internal", internal);
        if (q.diploma()) {
            body.put("diploma", trim(f.diploma));
            body.put("diplomaLevel", trim(f.diplomaLevel));
        }
        body.put("relevantExperienceMonths", months(errors, "relevantExperienceMonths", f.relevantExperienceMonths));
        body.put("experienceDescription", trim(f.experienceDescription));
        if (internal) {
            body.put("contractType", trim(f.contractType));
            body.put("currentLevel", trim(f.currentLevel));
            String grade = trim(f.currentGrade);
            body.put("currentGrade", grade == null ? null : grade.toUpperCase());
            body.put("levelSeniorityMonths", months(errors, "levelSeniorityMonths", f.levelSeniorityMonths));
            body.put("gradeSeniorityMonths", months(errors, "gradeSeniorityMonths", f.gradeSeniorityMonths));
            body.put("serviceSeniorityMonths", months(errors, "serviceSeniorityMonths", f.serviceSeniorityMonths));
            if (q.levelSeniorityElsewhere()) {
                body.put("levelSeniorityOtherLocalGovernmentMonths", months(errors,
                        "levelSeniorityOtherLocalGovernmentMonths", f.levelSeniorityOtherLocalGovernmentMonths));
            }
            if (q.gradeSeniorityElsewhere()) {
                body.put("gradeSeniorityOtherLocalGovernmentMonths", months(errors,
                        "gradeSeniorityOtherLocalGovernmentMonths", f.gradeSeniorityOtherLocalGovernmentMonths));
            }
            if (q.serviceSeniorityElsewhere()) {
                body.put("serviceSeniorityOtherLocalGovernmentMonths", months(errors,
                        "serviceSeniorityOtherLocalGovernmentMonths", f.serviceSeniorityOtherLocalGovernmentMonths));
            }
        }
        if (q.drivingLicence() && f.drivingLicence != null && !f.drivingLicence.isBlank()) {
            body.put("drivingLicence", "ja".equals(f.drivingLicence));
        }
        body.put("motivation", trim(f.motivation));
        body.put("privacyConsent", "ja".equals(f.privacyConsent));
        body.put("privacyStatementVersion", privacyVersion);
        body.values().removeIf(v -> v == null);
        return body;
    }

    /** The field names that hold a number of months (the form checks only that they are whole numbers). */
    public static String[] monthFields() {
        return MONTHS.clone();
    }

    private static Integer months(FieldErrors errors, String field, String typed) {
        String value = trim(typed);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(field, "Vul " + FieldErrors.LABELS.get(field) + " in als een aantal maanden, bijvoorbeeld 18.");
            return null;
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
