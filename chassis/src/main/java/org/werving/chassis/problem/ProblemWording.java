package org.werving.chassis.problem;

import java.util.Optional;

/**
 * A service's own words for the problems the HTTP layer answers before a resource is reached
 * ({@link HttpLayerProblems}: 413, 414, 431, a control character, 401), for the requests whose readers read
 * another language than the chassis' English: candidate-service words those of a candidate in Dutch. A service
 * that has no such readers declares no bean; with one, every answer of {@link HttpLayerProblems} goes through it.
 * {@code type}, {@code status} and {@code errors[].field} are the chassis'; only the words may change.
 */
public interface ProblemWording {
    /** The problem in the reader's words, with their language; empty when the chassis' English stays. */
    Optional<Worded> word(String method, String path, Problem problem);

    /** A problem worded for its reader, and the language of the words (the {@code Content-Language}). */
    record Worded(Problem problem, String language) {
    }
}
