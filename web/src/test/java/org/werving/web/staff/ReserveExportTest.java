package org.werving.web.staff;

import org.junit.jupiter.api.Test;
import org.werving.web.client.Procedures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** reserve-service's CSV with a "Naam" column added after "Kandidatuur", in the same dialect. */
class ReserveExportTest {
    @Test
    void namesGoRightAfterTheCandidacyAndAreQuotedOrDefusedWhereNeeded() {
        UUID anna = UUID.randomUUID();
        UUID bert = UUID.randomUUID();
        String csv = "\uFEFFRang;Reserve;Functie;Kandidatuur;Eindscore\r\n"
                + "1;wervingsreserve;\"Werkvloer; begeleider\";" + anna + ";81,5\r\n"
                + "2;wervingsreserve;\"Werkvloer; begeleider\";" + bert + ";70\r\n";
        Procedures.Names names = new Procedures.Names(Map.of(anna, "Anna Peeters", bert, "=Bert \"B\" Claes"));
        String out = ReserveExport.withNames(csv, names);
        String[] lines = out.split("\r\n");
        assertTrue(out.startsWith("\uFEFF"));
        assertEquals("\uFEFFRang;Reserve;Functie;Kandidatuur;Naam;Eindscore", lines[0]);
        assertEquals("1;wervingsreserve;\"Werkvloer; begeleider\";" + anna + ";Anna Peeters;81,5", lines[1]);
        assertEquals("2;wervingsreserve;\"Werkvloer; begeleider\";" + bert + ";\"'=Bert \"\"B\"\" Claes\";70", lines[2]);
        assertEquals(List.of(anna, bert), ReserveExport.applications(csv));
    }

    @Test
    void anExportWithoutTheCandidacyColumnIsHandedOnUnchanged() {
        String csv = "Rang;Score\r\n1;80\r\n";
        assertEquals(csv, ReserveExport.withNames(csv, new Procedures.Names(Map.of())));
    }
}
