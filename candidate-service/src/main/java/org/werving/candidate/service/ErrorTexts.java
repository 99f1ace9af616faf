package org.werving.candidate.service;

import org.werving.chassis.problem.Problem;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.problem.ProblemTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Dutch words of what a candidate reads in a refusal: the form's fields, dates and sizes, never a code.
 * The refusals' {@code type} and {@code errors[].field} stay the machine-readable names.
 */
public final class ErrorTexts {
    public static final String TOKEN_HEADER = "X-Application-Token";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Map<String, String> LABELS = labels();

    private ErrorTexts() {
    }

    /** The field as a candidate names it ("je e-mailadres"); "dit gegeven" for a field the form does not know. */
    public static String label(String field) {
        if (field == null) {
            return "dit gegeven";
        }
        String root = field.replaceAll("[.\\[].*", "");
        return LABELS.getOrDefault(field, LABELS.getOrDefault(root, "dit gegeven"));
    }

    /** A day in words, in Brussels time: "15 januari 2027". */
    public static String date(OffsetDateTime moment) {
        return moment.atZoneSameInstant(BRUSSELS).format(DATE);
    }

    /** A size in megabytes as a candidate reads it: "10 MB", "2,5 MB". */
    public static String megabytes(long bytes) {
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.DOWN)
                .stripTrailingZeros();
        return mb.toPlainString().replace('.', ',') + " MB";
    }

    /** A 400 validation problem on one field, worded for the candidate. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** A 400 validation problem on the given fields, worded for the candidate. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "Kijk je gegevens na", checkFields(errors), errors);
    }

    /** "Kijk deze gegevens na: je voornaam, je e-mailadres." */
    public static String checkFields(List<Problem.FieldError> errors) {
        List<String> labels = errors.stream().map(e -> label(e.field())).distinct().toList();
        if (labels.isEmpty()) {
            return "Wat je verstuurde, is niet volledig of niet juist.";
        }
        return (labels.size() == 1 ? "Kijk dit gegeven na: " : "Kijk deze gegevens na: ") + String.join(", ", labels) + ".";
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("vacancyId", "de vacature");
        l.put("firstName", "je voornaam");
        l.put("lastName", "je achternaam");
        l.put("email", "je e-mailadres");
        l.put("phone", "je telefoonnummer");
        l.put("street", "je straat en huisnummer");
        l.put("postalCode", "je postcode");
        l.put("city", "je gemeente");
        l.put("internal", "of je al bij stad of OCMW werkt");
        l.put("diploma", "je diploma");
        l.put("diplomaLevel", "het niveau van je diploma");
        l.put("diplomaGivesAccessToB", "of je diploma toegang geeft tot niveau B");
        l.put("relevantExperienceMonths", "je relevante werkervaring");
        l.put("experienceDescription", "de beschrijving van je ervaring");
        l.put("contractType", "je huidige contract");
        l.put("currentLevel", "je huidige niveau");
        l.put("currentGrade", "je huidige graad");
        l.put("levelSeniorityMonths", "je niveauanciënniteit bij stad of OCMW");
        l.put("gradeSeniorityMonths", "je graadanciënniteit bij stad of OCMW");
        l.put("serviceSeniorityMonths", "je dienstanciënniteit bij stad of OCMW");
        l.put("levelSeniorityOtherLocalGovernmentMonths", "je niveauanciënniteit bij een ander lokaal bestuur");
        l.put("gradeSeniorityOtherLocalGovernmentMonths", "je graadanciënniteit bij een ander lokaal bestuur");
        l.put("serviceSeniorityOtherLocalGovernmentMonths", "je dienstanciënniteit bij een ander lokaal bestuur");
        l.put("drivingLicence", "of je een rijbewijs hebt");
        l.put("motivation", "je motivatie");
        l.put("privacyConsent", "de privacyverklaring");
        l.put("privacyStatementVersion", "de versie van de privacyverklaring");
        l.put("cv", "je cv");
        l.put("motivationLetter", "je motivatiebrief");
        l.put("application", "het sollicitatieformulier");
        l.put("slotId", "het moment");
        l.put("stageOrder", "de proef");
        l.put(IDEMPOTENCY_HEADER, "de verzending van het formulier");
        l.put(TOKEN_HEADER, "je persoonlijke link");
        l.put("path", "het adres");
        return l;
    }
}
