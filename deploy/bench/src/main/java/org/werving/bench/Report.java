package org.werving.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Prints the systems side by side: one row per figure, one column per system. */
final class Report {
    private Report() {
    }

    static void print(PrintStream out, List<Results> columns) {
        Set<String> rows = new LinkedHashSet<>();
        columns.forEach(c -> rows.addAll(c.rows.keySet()));
        int first = rows.stream().mapToInt(String::length).max().orElse(10);
        List<Integer> widths = new ArrayList<>();
        for (Results c : columns) {
            int w = c.label.length();
            for (String v : c.rows.values()) {
                w = Math.max(w, v.length());
            }
            widths.add(w);
        }
        StringBuilder header = new StringBuilder(pad("figure", first));
        StringBuilder rule = new StringBuilder("-".repeat(first));
        for (int i = 0; i < columns.size(); i++) {
            header.append(" | ").append(pad(columns.get(i).label, widths.get(i)));
            rule.append("-|-").append("-".repeat(widths.get(i)));
        }
        out.println();
        out.println(header);
        out.println(rule);
        for (String row : rows) {
            StringBuilder line = new StringBuilder(pad(row, first));
            for (int i = 0; i < columns.size(); i++) {
                line.append(" | ").append(pad(columns.get(i).rows.getOrDefault(row, "-"), widths.get(i)));
            }
            out.println(line);
        }
        for (Results c : columns) {
            for (String note : c.notes) {
                out.println("note (" + c.label + "): " + note);
            }
        }
        out.println();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
