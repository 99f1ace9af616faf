package org.werving.candidate.mail;

import org.werving.candidate.model.DecisionLetter;

/**
 * The decision letter a decision mail carries, as the PDF the candidate also downloads (issue 12). The relay asks for
 * it when it sends the mail, so the attachment says what holds then (a letter withdrawn meanwhile says so).
 * Implemented where the letter's words are composed.
 */
public interface LetterDocuments {
    /** A letter ready to attach. */
    record Document(String fileName, byte[] pdf) {
    }

    /** The letter for the candidate ({@code firstName} null: erased) and the vacancy ({@code vacancyTitle} null: unknown). */
    Document render(DecisionLetter letter, String firstName, String vacancyTitle);
}
