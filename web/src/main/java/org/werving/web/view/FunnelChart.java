package org.werving.web.view;

import org.werving.web.client.DashboardApi;

import java.util.ArrayList;
import java.util.List;

/**
 * A funnel as a horizontal bar chart drawn on the server (SVG): one bar per step, its length relative to the
 * first step, the number written next to it (so nothing is told by length or colour alone).
 */
public record FunnelChart(String id, String title, List<Bar> bars, int width, int height, DashboardApi.Funnel funnel) {
    static final int LABEL = 230;
    static final int BAR_MAX = 300;
    static final int ROW = 30;

    /** One step: its label, its number, where it is drawn. */
    public record Bar(String label, long value, int y, int length, int textX) {
        public int textY() {
            return y + 15;
        }
    }

    public static FunnelChart of(String id, DashboardApi.Funnel f) {
        List<String> labels = new ArrayList<>(List.of("Gesolliciteerd", "Toegelaten", "Capaciteitstest afgelegd",
                "Capaciteitstest geslaagd"));
        List<Long> values = new ArrayList<>(List.of(f.applied(), f.admitted(), f.capacityTestTaken(), f.capacityTestPassed()));
        for (DashboardApi.StageFunnel s : f.stages() == null ? List.<DashboardApi.StageFunnel>of() : f.stages()) {
            labels.add(s.name() + ": geslaagd");
            values.add(s.passed());
        }
        labels.add("In de reserve");
        values.add(f.reserve());
        labels.add("Aangesteld");
        values.add(f.appointed());
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int length = (int) Math.round((double) values.get(i) / max * BAR_MAX);
            bars.add(new Bar(labels.get(i), values.get(i), 10 + i * ROW, Math.max(length, 1), LABEL + Math.max(length, 1) + 8));
        }
        String title = "Trechter van " + f.title() + (f.reference() == null ? "" : " (" + f.reference() + ")");
        return new FunnelChart(id, title, bars, LABEL + BAR_MAX + 70, 20 + labels.size() * ROW, f);
    }
}
