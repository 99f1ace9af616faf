package org.werving.infra;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Applies for a vacancy as soon as candidate-service has learnt of it: candidate-service hears of a published
 * vacancy through its event, so the first applications may find it unknown (404) or not open yet (409). One
 * attempt is retried on those two answers until {@code atMost} has passed; any other answer ends the wait at once.
 * Shared by the system tests and the fault suite (plain Java: each caller makes its HTTP call its own way).
 */
public final class ApplyOnceKnown {
    /** The answers that mean "candidate-service does not hold the vacancy yet". */
    static final Set<Integer> NOT_YET = Set.of(404, 409);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private ApplyOnceKnown() {
    }

    /**
     * What one attempt got: the HTTP status, the answer's text (for the failure message) and what the caller keeps
     * of a 201 (e.g. the application id).
     */
    public record Attempt<T>(int status, String body, T applied) {
        public boolean created() {
            return status == 201;
        }
    }

    /**
     * Repeats {@code attempt} while it answers 404 or 409, at most {@code atMost}; returns what the 201 brought.
     *
     * @throws IllegalStateException on any other answer, or when the vacancy is still unknown after {@code atMost}
     */
    public static <T> T apply(Duration atMost, Callable<Attempt<T>> attempt) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            Attempt<T> answer = call(attempt);
            if (answer.created()) {
                return answer.applied();
            }
            if (!NOT_YET.contains(answer.status())) {
                throw new IllegalStateException("applying answered " + answer.status() + ": " + answer.body());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("candidate-service did not take the application within " + atMost
                        + "; last answer " + answer.status() + ": " + answer.body());
            }
            pause();
        }
    }

    private static <T> Attempt<T> call(Callable<Attempt<T>> attempt) {
        try {
            return attempt.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("applying failed: " + e, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for candidate-service to know the vacancy", e);
        }
    }
}
