package org.werving.candidate.service;

import org.junit.jupiter.api.Test;
import org.werving.candidate.model.DecisionLetter;
import org.werving.candidate.model.DecisionLetter.Kind;
import org.werving.candidate.model.TimelineEntry;
import org.werving.candidate.model.TimelineStep;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The words of a decision letter: the timeline's text verbatim, the results, the configured appeal notice. */
class DecisionLetterTextTest {
    static final String NOTICE = "Bezwaar binnen 14 dagen bij de gemeenteraad.";

    static DecisionLetter letter(Kind kind, String decision, String scores) {
        DecisionLetter letter = new DecisionLetter();
        letter.kind = kind;
        letter.decision = decision;
        letter.scores = scores;
        letter.decidedAt = OffsetDateTime.parse("2026-12-01T23:30:00Z"); // already 2 December in Brussels
        return letter;
    }

    @Test
    void anEliminationSaysWhatTheTimelineSaidWithTheResultsAndTheAppealNotice() {
        String decision = "Niet bij de kandidaten die na Speedinterview doorgaan; de procedure stopt hier voor jou: "
                + "72/100, rang 6 van 9, de laatste die doorging had 74/100";
        var content = DecisionLetterText.compose(letter(Kind.ELIMINATED, decision,
                "Niveau- en capaciteitstest: geslaagd\nSpeedinterview: 72/100 — cesuur gehaald"), "An", "Werkvloerbegeleider",
                NOTICE + "  ", "Stad en OCMW");
        assertEquals("Beslissing: je neemt niet verder deel aan de selectieprocedure", content.title());
        assertEquals(decision, content.decision());
        assertEquals(List.of("Niveau- en capaciteitstest: geslaagd", "Speedinterview: 72/100 — cesuur gehaald"),
                content.results());
        assertEquals(NOTICE, content.appealNotice());
        assertEquals("02-12-2026", content.date());
        assertEquals("Beste An", content.salutation());
        assertEquals("Over je kandidatuur voor de functie Werkvloerbegeleider werd op 02-12-2026 de volgende "
                + "beslissing genomen.", content.introduction());
    }

    @Test
    void aRefusalListsNoResultsAndAnErasedCandidateIsNotNamed() {
        var content = DecisionLetterText.compose(letter(Kind.NOT_ADMITTED, "Niet toegelaten: diploma C", "x"), null, null,
                NOTICE, "Stad en OCMW");
        assertEquals(List.of(), content.results());
        assertEquals("Beste kandidaat", content.salutation());
        assertEquals("Beslissing over je toelating tot de selectieprocedure", content.title());
        assertEquals("Over je kandidatuur voor de vacature werd op 02-12-2026 de volgende beslissing genomen.",
                content.introduction());
    }

    @Test
    void aWithdrawnRefusalSaysSoInItsTitleAndFirstOfAll() {
        DecisionLetter refusal = letter(Kind.NOT_ADMITTED, "Niet toegelaten: diploma C", null);
        assertNull(DecisionLetterText.compose(refusal, "An", null, NOTICE, "Stad en OCMW").withdrawal(), "in force");
        refusal.withdrawnAt = OffsetDateTime.parse("2026-12-04T23:10:00Z"); // 5 December in Brussels
        var content = DecisionLetterText.compose(refusal, "An", null, NOTICE, "Stad en OCMW");
        assertEquals("Beslissing over je toelating tot de selectieprocedure (ingetrokken op 05-12-2026)", content.title());
        assertEquals(content.title(), DecisionLetterText.title(refusal));
        assertEquals("Ingetrokken op 05-12-2026. Deze beslissing werd ingetrokken: na herziening ben je alsnog toegelaten"
                + " tot de selectieprocedure. Deze brief geldt niet langer als beslissing over je kandidatuur.",
                content.withdrawal());
        assertEquals("Niet toegelaten: diploma C", content.decision(), "the record of what was decided stays");
    }

    @Test
    void everyDecisionHasItsOwnSubject() {
        assertEquals("Beslissing: je bent geslaagd voor de selectieprocedure", DecisionLetterText.title(Kind.PASSED));
        assertEquals("Beslissing: opname in de reserve", DecisionLetterText.title(Kind.RESERVE));
    }

    @Test
    void theResultsAreTheScoresOfTheTimelineInOrder() {
        UUID app = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T10:00:00Z");
        List<TimelineEntry> entries = List.of(
                TimelineEntry.of(app, UUID.randomUUID(), at, "ScreeningPassed", new TimelineStep("Toegelaten", null), at),
                TimelineEntry.of(app, UUID.randomUUID(), at, "CapacityTestRecorded",
                        new TimelineStep("Niveau- en capaciteitstest: geslaagd", null), at),
                TimelineEntry.of(app, UUID.randomUUID(), at, "InterviewScored",
                        new TimelineStep("Speedinterview: 72/100 — geslaagd", null), at));
        assertEquals("Niveau- en capaciteitstest: geslaagd\nSpeedinterview: 72/100 — geslaagd",
                DecisionLetters.results(entries));
        assertNull(DecisionLetters.results(entries.subList(0, 1)));
    }
}
