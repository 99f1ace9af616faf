package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The scored stages of a vacancy, one JSON document (an object: a list cannot be a top-level JSON column). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Procedure(List<Stage> stages) {

    public Procedure {
        stages = stages == null ? List.of()
                : stages.stream().sorted(Comparator.comparingInt(Stage::order)).toList();
    }

    public Optional<Stage> stage(int order) {
        return stages.stream().filter(s -> s.order() == order).findFirst();
    }

    public Optional<Stage> first() {
        return stages.stream().findFirst();
    }

    public Optional<Stage> after(int order) {
        return stages.stream().filter(s -> s.order() > order).findFirst();
    }

    public boolean isFinal(int order) {
        return after(order).isEmpty();
    }
}
