package org.werving.candidate.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A candidate's application.
 *
 * @param internal                 already employed by the city or its OCMW
 * @param diplomaLevel             the highest level the diploma gives access to (A = master, B = bachelor or
 *                                 access to level B, C = secondary, ...), or null without a diploma
 * @param relevantExperienceMonths relevant work experience in months
 */
public record ApplicationRequest(
        @NotNull UUID vacancyId,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull Boolean internal,
        @Pattern(regexp = "[A-E]", message = "must be one of A, B, C, D, E or null") String diplomaLevel,
        @NotNull @Min(0) @Max(1200) Integer relevantExperienceMonths) {
}
