package org.werving.candidate.service;

import org.werving.candidate.model.ApplicationDocument;

import java.util.List;

/** Everything held about a candidate for one application: the application and its documents (right of access). */
public record CandidateFile(ApplicationState state, List<ApplicationDocument> documents) {
}
