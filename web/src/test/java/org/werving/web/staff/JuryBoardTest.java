package org.werving.web.staff;

import org.junit.jupiter.api.Test;
import org.werving.web.client.Procedures;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The juror's form: own scores filled in, the missing cells listed, other members' scores hidden until closed. */
class JuryBoardTest {
    static final UUID VACANCY = UUID.randomUUID();
    static final UUID ANNA = UUID.randomUUID();
    static final List<Procedures.SheetCell> SHEET = List.of(
            new Procedures.SheetCell("Interview", "Klantgerichtheid", 60, "Interview: Klantgerichtheid"),
            new Procedures.SheetCell("Interview", "Samenwerken", 60, "Interview: Samenwerken"),
            new Procedures.SheetCell("Case", null, 40, "Case"));

    static Procedures.Jury jury() {
        return new Procedures.Jury(VACANCY, 1, "Speedinterview", 10, List.of("Interview", "Case"), SHEET, true,
                List.of(new Procedures.Member("jurylid.an", false, "hr.demo", null),
                        new Procedures.Member("jurylid.extern", true, "hr.demo", null)), false);
    }

    static Procedures.MemberScore score(String member, String component, String competency, String value) {
        return new Procedures.MemberScore(ANNA, 1, member, component, competency, new BigDecimal(value), member,
                OffsetDateTime.now(), competency == null ? component : component + ": " + competency);
    }

    static Procedures.StageCandidacies stage(boolean closed) {
        return new Procedures.StageCandidacies(VACANCY, 1, "Speedinterview", closed, List.of(
                new Procedures.StageCandidacy(ANNA, "IN_STAGE", 1, List.of(
                        score("jurylid.an", "Interview", "Klantgerichtheid", "7.50"),
                        score("jurylid.extern", "Interview", "Klantgerichtheid", "9")))));
    }

    @Test
    void theJurorSeesTheirOwnScoresAndWhatIsMissingButNotTheOthersWhileOpen() {
        JuryBoard.Row row = JuryBoard.rows(jury(), stage(false), "jurylid.an", null, Map.of(), Map.of(), null).get(0);
        assertEquals(3, row.fields().size());
        assertEquals("7.5", row.fields().get(0).value());
        assertEquals("", row.fields().get(1).value());
        assertEquals(List.of("Interview: Samenwerken", "Case"), row.missing());
        assertTrue(row.others().isEmpty(), "another member's 9 stays hidden while the stage is open");
    }

    @Test
    void onceClosedTheOtherMembersScoresShow() {
        JuryBoard.Row row = JuryBoard.rows(jury(), stage(true), "jurylid.an", null, Map.of(), Map.of(), null).get(0);
        assertEquals(1, row.others().size());
        assertEquals("jurylid.extern", row.others().get(0).member());
    }

    @Test
    void refusedValuesComeBackAsTypedWithTheirErrors() {
        JuryBoard.Row row = JuryBoard.rows(jury(), stage(false), "jurylid.an", ANNA, Map.of("c1", "12", "c3", "x"),
                Map.of("c1", "Geef een score van 0 tot en met 10."), null).get(0);
        assertEquals("12", row.fields().get(0).value());
        assertEquals("Geef een score van 0 tot en met 10.", row.fields().get(0).error());
        assertEquals("x", row.fields().get(2).value());
    }

    @Test
    void aScoreMustBeANumberOnTheStagesScale() {
        Map<String, String> errors = new HashMap<>();
        assertEquals(new BigDecimal("7.5"), JuryBoard.parse("c1", "7,5", 10, errors));
        assertNull(JuryBoard.parse("c2", "11", 10, errors));
        assertNull(JuryBoard.parse("c3", "zeven", 10, errors));
        assertNull(JuryBoard.parse("c4", "-1", 10, errors));
        assertNull(JuryBoard.parse("c5", "  ", 10, errors));
        assertEquals(3, errors.size());
        assertTrue(errors.get("c3").contains("getal"));
        assertNull(JuryBoard.cell(jury(), "c4"));
        assertNull(JuryBoard.cell(jury(), "csrf"));
        assertEquals("Case", JuryBoard.cell(jury(), "c3").component());
    }
}
