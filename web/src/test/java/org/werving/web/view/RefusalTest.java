package org.werving.web.view;

import org.junit.jupiter.api.Test;
import org.werving.web.client.Candidates;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The services' English field errors as the Dutch lines HR reads. */
class RefusalTest {
    @Test
    void theDeepestKnownFieldNamesTheLine() {
        assertEquals("De uiterste sollicitatiedatum ontbreekt.", Refusal.line("applicationDeadline", "is required"));
        assertEquals("De regel bij gelijke stand (nodig bij een top-N) ontbreekt.",
                Refusal.line("stages[0].tieRule", "is required with topN (INCLUDE_ALL_TIED or EARLIEST_APPLICATION)"));
        assertEquals("De selectieprocedure klopt niet.", Refusal.line("stages[1].weird", "is odd"));
        assertEquals("De motivering moet een geschreven motivering van minstens 10 tekens zijn.",
                Refusal.line("motivation", "must be a written motivation of 10 to 4000 characters"));
        assertEquals("De score ligt buiten de schaal.", Refusal.line("scores[0].score", "must lie between 0 and 10"));
    }

    @Test
    void aRefusalWordedInDutchByTheServiceIsShownAsItIs() {
        Candidates.Problem withFields = new Candidates.Problem("urn:werving:problem:validation", "Kijk je gegevens na", 400,
                "Kijk dit gegeven na: het moment.", List.of(new Candidates.FieldError("slotId", "Kies het moment dat je wil boeken.")));
        assertEquals(List.of("Kies het moment dat je wil boeken."), Refusal.inDutch("Niet geboekt", withFields).lines());
        Candidates.Problem withoutFields = new Candidates.Problem("urn:werving:problem:application-status", "Dat kan nu niet",
                409, "Je kan alleen een moment kiezen zolang je kandidatuur in de selectieprocedure is.", null);
        assertEquals(List.of("Je kan alleen een moment kiezen zolang je kandidatuur in de selectieprocedure is."),
                Refusal.inDutch("Niet geboekt", withoutFields).lines());
    }
}
