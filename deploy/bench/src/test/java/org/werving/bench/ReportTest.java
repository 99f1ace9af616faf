package org.werving.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportTest {
    @Test
    void columnsStandSideBySideAndAMissingFigureIsADash() {
        Results before = new Results("baseline");
        before.put("applications/s end to end", "32/s");
        before.put("portal GET /vacancies", "3100 req/s");
        Results after = new Results("working tree");
        after.put("applications/s end to end", "310/s");
        after.note("seeded candidate: application 10");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), List.of(before, after));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("figure                    | baseline   | working tree", lines.get(1));
        assertEquals("applications/s end to end | 32/s       | 310/s       ", lines.get(3));
        assertEquals("portal GET /vacancies     | 3100 req/s | -           ", lines.get(4));
        assertEquals("note (working tree): seeded candidate: application 10", lines.get(5));
    }
}
