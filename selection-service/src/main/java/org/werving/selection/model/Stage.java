package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One scored stage of the procedure; stage scores are on /100, a score equal to the pass mark passes.
 * Optional, for jury scoring: {@code components} (name and weight, e.g. case, interview, role play;
 * default one component INTERVIEW), {@code scale} (the maximum a member gives per component, default 100)
 * and {@code externalJuryMember} (the jury must have at least one external member).
 * {@code tieRule}: how the vacancy breaks ties at a top-N cut (null: the service's configured default).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stage(int order, String type, String name, boolean eliminating, int passMark, Integer topN,
        List<Component> components, Integer scale, Boolean externalJuryMember, TieRule tieRule) {

    public static final String DEFAULT_COMPONENT = "INTERVIEW";

    public Stage(int order, String type, String name, boolean eliminating, int passMark, Integer topN) {
        this(order, type, name, eliminating, passMark, topN, null, null, null, null);
    }

    public Stage(int order, String type, String name, boolean eliminating, int passMark, Integer topN,
            List<Component> components, Integer scale, Boolean externalJuryMember) {
        this(order, type, name, eliminating, passMark, topN, components, scale, externalJuryMember, null);
    }

    /** The vacancy's own tie rule for this stage, else the given default. */
    public TieRule tieRuleOr(TieRule fallback) {
        return tieRule == null ? fallback : tieRule;
    }

    /** A scored part of a stage with its weight in the stage score. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(String name, Integer weight) {
        public int weightOrOne() {
            return weight == null || weight <= 0 ? 1 : weight;
        }
    }

    public List<Component> componentsOrDefault() {
        return components == null || components.isEmpty() ? List.of(new Component(DEFAULT_COMPONENT, 1)) : components;
    }

    public int scaleOrDefault() {
        return scale == null || scale <= 0 ? 100 : scale;
    }

    public boolean requiresExternalMember() {
        return Boolean.TRUE.equals(externalJuryMember);
    }

    public String displayName() {
        return name == null || name.isBlank() ? (type == null ? "proef " + order : type) : name;
    }
}
