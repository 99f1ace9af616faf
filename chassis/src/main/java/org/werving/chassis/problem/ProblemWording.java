package org.werving.chassis.problem;

import java.util.Optional;

/**
 * A service's own words for the problems the chassis answers, for the requests whose readers read another language
 * than the chassis' English: candidate-service words those of a candidate in Dutch. Both layers consult it:
 * {@link HttpLayerProblems} for what is refused before a resource is reached (413, 414, 431, a control character,
 * 401) and {@link ProblemMappers} for every problem a resource's request ends in (a service's own refusals, the
 * chassis' validation, malformed-body, concurrent-update, unavailable, internal, bare statuses). A service that has
 * no such readers declares no bean. {@code type}, {@code status} and {@code errors[].field} are the chassis'; only
 * the words may change.
 */
public interface ProblemWording {
    /** Where the problem was answered: before a resource was reached, or for a resource by the problem mappers. */
    enum Layer {
        HTTP, RESOURCE
    }

    /**
     * The problem in the reader's words, with their language; empty when the chassis' words and no
     * {@code Content-Language} stay. {@code path} is the request's path, {@code method} its HTTP method.
     */
    Optional<Worded> word(Layer layer, String method, String path, Problem problem);

    /** A problem worded for its reader, and the language of the words (the {@code Content-Language}). */
    record Worded(Problem problem, String language) {
    }

    /** What the first of the service's wordings that words the problem makes of it; empty when none does. */
    static Optional<Worded> first(Iterable<ProblemWording> wordings, Layer layer, String method, String path,
            Problem problem) {
        for (ProblemWording wording : wordings) {
            Optional<Worded> worded = wording.word(layer, method, path, problem);
            if (worded.isPresent()) {
                return worded;
            }
        }
        return Optional.empty();
    }
}
