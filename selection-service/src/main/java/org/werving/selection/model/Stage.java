package org.werving.selection.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One scored stage of the procedure; stage scores are on /100, a score equal to the pass mark passes.
 * Optional, for jury scoring: {@code components} (name and weight, e.g. case, interview, role play;
 * default one component INTERVIEW), {@code scale} (the maximum a member gives per component, default 100)
 * and {@code externalJuryMember} (the jury must have at least one external member). A component may list
 * the {@code competencies} it measures: a member then scores that component once per competency.
 * {@code tieRule}: how the vacancy breaks ties at a top-N cut (null: the service's configured default).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stage(int order, String type, String name, boolean eliminating, int passMark, Integer topN,
        List<Component> components, Integer scale, Boolean externalJuryMember, TieRule tieRule) {

    public static final String DEFAULT_COMPONENT = "INTERVIEW";
    /** The label of the one cell of a stage scored as a whole. */
    public static final String WHOLE_STAGE_LABEL = "hele proef";

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

    /**
     * A scored part of a stage with its weight in the stage score, and the competencies it measures
     * (names from the vacancy's competencies; none: the component is scored as a whole).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(String name, Integer weight, List<String> competencies) {
        public Component(String name, Integer weight) {
            this(name, weight, null);
        }

        public int weightOrOne() {
            return weight == null || weight <= 0 ? 1 : weight;
        }

        public List<String> competenciesOrEmpty() {
            return competencies == null ? List.of() : competencies.stream().filter(c -> c != null && !c.isBlank())
                    .map(String::trim).distinct().toList();
        }

        /** The scores one member gives a candidate on this component: one per competency, or one for the whole. */
        public List<ScoreKey> scoreKeys() {
            List<String> measured = competenciesOrEmpty();
            return measured.isEmpty() ? List.of(new ScoreKey(name, null))
                    : measured.stream().map(c -> new ScoreKey(name, c)).toList();
        }
    }

    /** One cell of a member's score sheet: a component, and the competency within it (null: the whole component). */
    public record ScoreKey(String component, String competency) {
        @Override
        public String toString() {
            return competency == null ? component : component + " / " + competency;
        }
    }

    /** Every score one member gives one candidate in this stage, in the procedure's order. */
    public List<ScoreKey> scoreSheet() {
        return componentsOrDefault().stream().flatMap(c -> c.scoreKeys().stream()).toList();
    }

    /** True when the stage defines no components: each member gives one score for the stage as a whole. */
    public boolean scoredAsWhole() {
        return components == null || components.isEmpty();
    }

    /** What a juror and HR read for a cell of this stage's score sheet: {@link #cellLabel(Stage, String, String)}. */
    public String cellLabel(String component, String competency) {
        return cellLabel(this, component, competency);
    }

    /**
     * What a juror and HR read for a cell of the score sheet: "Case: Resultaatgerichtheid", "Case", or "hele proef"
     * for the one score of a stage scored as a whole (never its internal component name). {@code stage} null: the
     * stage is not at hand, and the default component alone is taken for the score of a stage scored as a whole.
     */
    public static String cellLabel(Stage stage, String component, String competency) {
        if ((stage == null || stage.scoredAsWhole()) && DEFAULT_COMPONENT.equals(component) && competency == null) {
            return WHOLE_STAGE_LABEL;
        }
        return competency == null ? component : component + ": " + competency;
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
