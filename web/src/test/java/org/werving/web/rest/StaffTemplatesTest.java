package org.werving.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.werving.web.client.DashboardApi;
import org.werving.web.client.Procedures;
import org.werving.web.staff.Staff;
import org.werving.web.view.FunnelChart;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HR pages' templates rendered by the application's Qute engine with given data (no service called). */
@QuarkusTest
class StaffTemplatesTest {
    static final Staff HR = new Staff("hr.demo", Set.of("hr"), "token", "basis");

    @Inject
    @Location("hr-dashboard.html")
    Template dashboard;

    @Inject
    @Location("hr-afsluiten.html")
    Template closing;

    @Test
    void theDashboardDrawsEachFunnelAsAnSvgWithItsNumbersAndNamesTheMissingMeasures() {
        DashboardApi.Routes routes = new DashboardApi.Routes(20, 8, 2);
        DashboardApi.Funnel funnel = new DashboardApi.Funnel(UUID.randomUUID().toString(), "Diensthoofd onthaal", "2026/017",
                40, 30, 12, 9, List.of(new DashboardApi.StageFunnel(1, "Schriftelijke proef", 30, 18, 12, 0.6, 240.0, null)),
                6, 2, 61.0, null, routes);
        DashboardApi.Funnels funnels = new DashboardApi.Funnels("2026-01-01", "2026-12-01", List.of(funnel),
                new DashboardApi.Totals(40, 30, 12, 9, 6, 2, routes));
        String html = dashboard.data("staff", HR).data("csrf", "c").data("funnels", funnels)
                .data("charts", List.of(FunnelChart.of("trechter-0", funnel))).data("from", "2026-01-01")
                .data("to", "2026-12-01").data("query", "van=2026-01-01&tot=2026-12-01").data("refusal", null).render();
        assertTrue(html.contains("<svg class=\"chart\" role=\"img\""), html);
        assertTrue(html.contains("Trechter van Diensthoofd onthaal (2026/017)"), html);
        assertTrue(html.contains(">Schriftelijke proef: geslaagd</text>"), html);
        assertTrue(html.contains(">40</text>"), html);
        assertTrue(html.contains("60 %") && html.contains("240,0") && html.contains("–"), html);
        assertTrue(html.contains("werving-dashboard.csv?van=2026-01-01&amp;tot=2026-12-01"), html);
    }

    @Test
    void theClosingPreviewNamesWhoGoesOnAndAsksForConfirmation() {
        UUID anna = UUID.randomUUID();
        UUID chris = UUID.randomUUID();
        Procedures.ClosedStage preview = new Procedures.ClosedStage(UUID.randomUUID(), 1, "Jurygesprek", 60, 2, "EARLIEST_APPLICATION",
                true, null, null, List.of(
                        new Procedures.StageResult(anna, new BigDecimal("85.0"), 1, true, "GOES_ON", null, null),
                        // reached the pass mark, but a top-N applies: passed is true, yet Chris does not go on
                        new Procedures.StageResult(chris, new BigDecimal("60.00"), 3, true, "OUTSIDE_TOP_N", null,
                                "niet bij de beste 2")), List.of());
        String html = closing.data("staff", HR).data("csrf", "c").data("vacancy", new org.werving.web.client.Vacancies
                        .Vacancy(UUID.randomUUID(), "R", "Coördinator", null, null, null, null, null, null, 1, "PUBLISHED",
                        null, null, List.of(), 24, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null))
                .data("stageOrder", 1).data("result", preview)
                .data("names", new Procedures.Names(Map.of(anna, "Anna Peeters", chris, "Chris Wouters")))
                .data("refusal", null).data("unavailable", false).data("closed", false).render();
        assertTrue(html.contains("de beste 2 gaan door"), html);
        assertTrue(html.contains("wie het eerst solliciteerde gaat voor"), html);
        assertTrue(html.contains("Anna Peeters</td><td>85 %</td>"), html);
        assertTrue(html.contains("Anna Peeters</td><td>85 %</td>\n    <td><span class=\"passed\">gaat door</span>"), html);
        assertTrue(html.contains("Chris Wouters</td><td>60 %</td>\n    <td><span class=\"failed\">gaat niet door</span> – niet bij de beste 2"),
                html);
        assertTrue(html.contains("id=\"bevestigen\""), html);
        assertFalse(html.contains("zonder voorbeeld"), html);
    }
}
