package org.werving.candidate.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A decision letter in the list: what kind of decision, its subject and when it was taken; the PDF is at {@code id}.
 * {@code withdrawnAt}: when a later decision overturned it (the title then ends in "(ingetrokken op …)"); null while
 * it holds.
 */
public record LetterView(UUID id, String kind, String title, OffsetDateTime decidedAt, OffsetDateTime withdrawnAt) {
}
