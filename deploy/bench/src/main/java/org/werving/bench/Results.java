package org.werving.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one system (one column): rows in the order they were measured, plus notes. */
final class Results {
    final String label;
    final Map<String, String> rows = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    final List<String> notes = new ArrayList<>();

    Results(String label) {
        this.label = label;
    }

    void put(String row, String value) {
        rows.put(row, value);
        System.out.printf("[bench] %-12s %-52s %s%n", label, row, value);
    }

    void note(String note) {
        notes.add(note);
        System.out.println("[bench] " + label + ": " + note);
    }
}
