package org.werving.candidate.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A decision letter in the list: what kind of decision, its subject and when it was taken; the PDF is at {@code id}. */
public record LetterView(UUID id, String kind, String title, OffsetDateTime decidedAt) {
}
