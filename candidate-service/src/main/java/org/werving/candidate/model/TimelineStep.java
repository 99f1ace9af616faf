package org.werving.candidate.model;

/**
 * What one event means for an application: a sentence for the candidate and, when the event moves
 * the application on, the status it suggests (null: the status stays).
 */
public record TimelineStep(String text, ApplicationStatus status) {
}
