package org.werving.reserve.messaging;

/**
 * An event that can never be applied, however often it is tried (no envelope, not JSON, a required
 * field missing or malformed). The inbox sends it to the dead-letter topic without retrying.
 */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
