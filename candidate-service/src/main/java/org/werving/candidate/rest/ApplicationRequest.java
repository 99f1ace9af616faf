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
 * The candidate form ("kandidatenformulier"). Every constraint's message is a key of
 * {@code ValidationMessages.properties}: a Dutch sentence the candidate reads next to the field.
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
        @NotNull(message = "{werving.vacancy.required}") UUID vacancyId,
        @NotBlank(message = "{werving.firstName.required}") @Size(max = 100) String firstName,
        @NotBlank(message = "{werving.lastName.required}") @Size(max = 100) String lastName,
        @NotBlank(message = "{werving.email.required}") @Email(message = "{werving.email.invalid}") @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*", message = "{werving.phone.invalid}") String phone,
        @Size(max = 200) String street,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @NotNull(message = "{werving.internal.required}") Boolean internal,
        @Size(max = 200) String diploma,
        @Pattern(regexp = "[A-E]", message = "{werving.diplomaLevel.invalid}") String diplomaLevel,
        Boolean diplomaGivesAccessToB,
        @NotNull(message = "{werving.experience.required}") @Min(value = 0, message = MONTHS) @Max(value = 1200, message = MONTHS) Integer relevantExperienceMonths,
        @Size(max = 2000) String experienceDescription,
        @Pattern(regexp = "INDEFINITE|INDEFINITE_WITH_RESOLUTIVE_CONDITION|FIXED_TERM|STATUTORY",
                message = "{werving.contractType.invalid}")
        String contractType,
        @Pattern(regexp = "[A-E]", message = "{werving.currentLevel.invalid}") String currentLevel,
        @Pattern(regexp = "[A-E][0-9]{0,2}[a-z]?", message = "{werving.currentGrade.invalid}") String currentGrade,
        @Schema(description = "Niveauanciënniteit bij stad of OCMW, in maanden (verplicht voor interne kandidaten)")
        @Min(value = 0, message = MONTHS) @Max(value = 1200, message = MONTHS) Integer levelSeniorityMonths,
        @Schema(description = "Graadanciënniteit bij stad of OCMW, in maanden (verplicht voor interne kandidaten)")
        @Min(value = 0, message = MONTHS) @Max(value = 1200, message = MONTHS) Integer gradeSeniorityMonths,
        @Schema(description = "Dienstanciënniteit bij stad of OCMW, in maanden (verplicht voor interne kandidaten)")
        @Min(value = 0, message = MONTHS) @Max(value = 1200, message = MONTHS) Integer serviceSeniorityMonths,
        @Schema(description = "Niveauanciënniteit bij een ander lokaal bestuur (niet stad of OCMW), in maanden; optioneel")
        @Min(value = 0, message = MONTHS) @Max(value = 1200, message = MONTHS) Integer levelSeniorityOtherLocalGovernmentMonths,
        @Schema(description = "Graadanciënniteit bij een ander lokaal bestuur (niet stad of OCMW), in maanden; optioneel")
        @Min(value = 0, message = MONTHS) @Max(value = 1200, message = MONTHS) Integer gradeSeniorityOtherLocalGovernmentMonths,
        @Schema(description = "Dienstanciënniteit bij een ander lokaal bestuur (niet stad of OCMW), in maanden; optioneel")
        @Min(value = 0, message = MONTHS) @Max(value = 1200, message = MONTHS) Integer serviceSeniorityOtherLocalGovernmentMonths,
        Boolean drivingLicence,
        @Size(max = 5000) String motivation,
        @NotNull(message = "{werving.privacyConsent.required}") @AssertTrue(message = "{werving.privacyConsent.required}")
        Boolean privacyConsent,
        @NotBlank(message = "{werving.privacyStatementVersion.required}") @Size(max = 40) String privacyStatementVersion) {
    /** The message of every number of months (experience, seniority): 0 to 1200. */
    static final String MONTHS = "{werving.months.range}";
}
