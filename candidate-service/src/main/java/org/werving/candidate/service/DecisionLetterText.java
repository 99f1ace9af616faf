package org.werving.candidate.service;

import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.model.DecisionLetter.Kind;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The words of a decision letter (issue 12), in Dutch: pure, no I/O. What was decided, and why, is the
 * timeline's text of the same event, word for word, so the letter never tells the candidate anything else;
 * the results are those known when the decision came; the appeal notice is the configured one.
 */
public final class DecisionLetterText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private DecisionLetterText() {
    }

    /**
     * The letter, section by section, as it is printed; {@code withdrawal} says from when and why it no longer holds
     * (null: the decision is in force).
     */
    public record Content(String title, String date, String salutation, String introduction, String decision,
            List<String> results, String appealNotice, String closing, String sender, String withdrawal) {
    }

    /** The letter's name in the list: its subject, and "(ingetrokken op …)" once a later decision overturned it. */
    public static String title(DecisionLetter letter) {
        return title(letter.kind) + (letter.withdrawnAt == null ? "" : " (ingetrokken op " + date(letter.withdrawnAt) + ")");
    }

    /** The letter's PDF as a download or attachment: its decision and date, e.g. {@code beslissing-not-admitted-02-12-2026.pdf}. */
    public static String fileName(DecisionLetter letter) {
        return "beslissing-" + letter.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + date(letter.decidedAt) + ".pdf";
    }

    /** Why the letter no longer holds, in the candidate's words; null while it is in force. */
    static String withdrawal(DecisionLetter letter) {
        if (letter.withdrawnAt == null) {
            return null;
        }
        String why = letter.kind == Kind.NOT_ADMITTED
                ? ": na herziening ben je alsnog toegelaten tot de selectieprocedure" : " door een latere beslissing";
        return "Ingetrokken op " + date(letter.withdrawnAt) + ". Deze beslissing werd ingetrokken" + why
                + ". Deze brief geldt niet langer als beslissing over je kandidatuur.";
    }

    /** The letter's subject, also its name in the list. */
    public static String title(Kind kind) {
        return switch (kind) {
            case NOT_ADMITTED -> "Beslissing over je toelating tot de selectieprocedure";
            case ELIMINATED -> "Beslissing: je neemt niet verder deel aan de selectieprocedure";
            case PASSED -> "Beslissing: je bent geslaagd voor de selectieprocedure";
            case RESERVE -> "Beslissing: opname in de reserve";
            case APPOINTED -> "Beslissing: aanstelling";
        };
    }

    /**
     * The letter about {@code letter} for the candidate ({@code firstName} null: erased, "Beste kandidaat")
     * and the vacancy ({@code vacancyTitle} null: unknown here).
     */
    public static Content compose(DecisionLetter letter, String firstName, String vacancyTitle, String appealNotice,
            String sender) {
        String vacancy = vacancyTitle == null || vacancyTitle.isBlank() ? "de vacature" : "de functie " + vacancyTitle.trim();
        String date = date(letter.decidedAt);
        return new Content(title(letter), date,
                firstName == null || firstName.isBlank() ? "Beste kandidaat" : "Beste " + firstName.trim(),
                "Over je kandidatuur voor " + vacancy + " werd op " + date + " de volgende beslissing genomen.",
                letter.decision, letter.kind == Kind.NOT_ADMITTED ? List.of() : letter.scoreLines(),
                appealNotice.trim(), "Met vriendelijke groeten", sender.trim(), withdrawal(letter));
    }

    static String date(OffsetDateTime at) {
        return at == null ? "" : DATE.format(at.atZoneSameInstant(BRUSSELS));
    }
}
