package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One scored stage of the procedure; scores are on /100, a score equal to the pass mark passes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stage(int order, String type, String name, boolean eliminating, int passMark, Integer topN) {

    public String displayName() {
        return name == null || name.isBlank() ? (type == null ? "proef " + order : type) : name;
    }
}
