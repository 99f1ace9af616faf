package org.werving.vacancy.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something that counts in a candidate's favour but is not an admission condition ("is een voordeel"),
 * in words and, where it is checkable, as a condition (e.g. DRIVING_LICENCE B).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Advantage(String description, Condition condition) {
}
