package org.werving.candidate.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * The candidate form ("kandidatenformulier").
 *
 * @param internal                 already employed by the city or its OCMW
 * @param diplomaLevel             the highest level the diploma gives access to (A = master, B = bachelor or
 *                                 access to level B, C = secondary, ...), or null without a diploma
 * @param diplomaGivesAccessToB    whether the candidate states that the diploma gives access to level B
 * @param relevantExperienceMonths relevant work experience in months
 * @param contractType             internal candidates: INDEFINITE, INDEFINITE_WITH_RESOLUTIVE_CONDITION (with resolutive
 *                                 condition), FIXED_TERM or STATUTORY (the names of vacancy-service)
 * @param currentLevel             internal candidates: current level (A..E)
 * @param currentGrade             internal candidates: current grade, e.g. C3 or D4
 * @param levelSeniorityMonths     internal candidates (required): niveauanciënniteit bij stad of OCMW, in months
 * @param gradeSeniorityMonths     internal candidates (required): graadanciënniteit bij stad of OCMW, in months
 * @param serviceSeniorityMonths   internal candidates (required): dienstanciënniteit bij stad of OCMW, in months
 * @param levelSeniorityOtherLocalGovernmentMonths   optional: niveauanciënniteit bij een ander lokaal bestuur (not
 *                                                   stad or OCMW), in months; null or absent: not declared
 * @param gradeSeniorityOtherLocalGovernmentMonths   optional: graadanciënniteit bij een ander lokaal bestuur, in months
 * @param serviceSeniorityOtherLocalGovernmentMonths optional: dienstanciënniteit bij een ander lokaal bestuur, in months
 * @param privacyConsent           must be true: the candidate accepts the privacy statement
 * @param privacyStatementVersion  the version of the privacy statement the candidate accepted
 */
public record ApplicationRequest(
        @NotNull UUID vacancyId,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*", message = "must be a phone number") String phone,
        @Size(max = 200) String street,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @NotNull Boolean internal,
        @Size(max = 200) String diploma,
        @Pattern(regexp = "[A-E]", message = "must be one of A, B, C, D, E or null") String diplomaLevel,
        Boolean diplomaGivesAccessToB,
        @NotNull @Min(0) @Max(1200) Integer relevantExperienceMonths,
        @Size(max = 2000) String experienceDescription,
        @Pattern(regexp = "INDEFINITE|INDEFINITE_WITH_RESOLUTIVE_CONDITION|FIXED_TERM|STATUTORY",
                message = "must be one of INDEFINITE, INDEFINITE_WITH_RESOLUTIVE_CONDITION, FIXED_TERM, STATUTORY")
        String contractType,
        @Pattern(regexp = "[A-E]", message = "must be one of A, B, C, D, E") String currentLevel,
        @Pattern(regexp = "[A-E][0-9]{0,2}[a-z]?", message = "must be a grade such as C3 or D4") String currentGrade,
        @Schema(description = "Niveauanciënniteit bij stad of OCMW, in maanden (verplicht voor interne kandidaten)")
        @Min(0) @Max(1200) Integer levelSeniorityMonths,
        @Schema(description = "Graadanciënniteit bij stad of OCMW, in maanden (verplicht voor interne kandidaten)")
        @Min(0) @Max(1200) Integer gradeSeniorityMonths,
        @Schema(description = "Dienstanciënniteit bij stad of OCMW, in maanden (verplicht voor interne kandidaten)")
        @Min(0) @Max(1200) Integer serviceSeniorityMonths,
        @Schema(description = "Niveauanciënniteit bij een ander lokaal bestuur (niet stad of OCMW), in maanden; optioneel")
        @Min(0) @Max(1200) Integer levelSeniorityOtherLocalGovernmentMonths,
        @Schema(description = "Graadanciënniteit bij een ander lokaal bestuur (niet stad of OCMW), in maanden; optioneel")
        @Min(0) @Max(1200) Integer gradeSeniorityOtherLocalGovernmentMonths,
        @Schema(description = "Dienstanciënniteit bij een ander lokaal bestuur (niet stad of OCMW), in maanden; optioneel")
        @Min(0) @Max(1200) Integer serviceSeniorityOtherLocalGovernmentMonths,
        Boolean drivingLicence,
        @Size(max = 5000) String motivation,
        @NotNull @AssertTrue(message = "must be true: the privacy statement must be accepted") Boolean privacyConsent,
        @NotBlank @Size(max = 40) String privacyStatementVersion) {
}
