package org.werving.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.werving.candidate.config.CandidateConfig;
import org.werving.candidate.mail.LetterDocuments;
import org.werving.candidate.model.DecisionLetter;

/** The decision letter as the PDF attached to the decision mail: the same words and layout as the download. */
@ApplicationScoped
public class DecisionLetterDocuments implements LetterDocuments {
    private final CandidateConfig.Letters config;

    public DecisionLetterDocuments(CandidateConfig config) {
        this.config = config.letters();
    }

    @Override
    public Document render(DecisionLetter letter, String firstName, String vacancyTitle) {
        return new Document(DecisionLetterText.fileName(letter), LetterPdf.render(
                DecisionLetterText.compose(letter, firstName, vacancyTitle, config.appealNotice(), config.sender())));
    }
}
