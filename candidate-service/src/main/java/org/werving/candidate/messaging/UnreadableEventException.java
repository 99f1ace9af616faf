package org.werving.candidate.messaging;

/**
 * An event this service cannot read: no ce_id/ce_type, a value that is not a JSON object, or a
 * payload without the fields its type requires. Retrying does not help; it goes to the dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
