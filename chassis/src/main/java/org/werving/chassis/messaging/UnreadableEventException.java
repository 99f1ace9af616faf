package org.werving.chassis.messaging;

/**
 * A message that can never be applied, however often it is retried (no CloudEvents envelope, a value
 * that is not a JSON object, a payload that does not fit the event): it goes to the dead-letter topic
 * at once. A handler throws it for a payload it cannot use.
 */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
