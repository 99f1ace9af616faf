package org.werving.vacancy.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * One scored stage of the procedure, in order; the stage score and {@code passMark} are on /100. The
 * fields after {@code topN} are optional: {@code tieRule} (required with topN: INCLUDE_ALL_TIED or
 * EARLIEST_APPLICATION, as selection-service applies them), scored {@code components} (name, weight and
 * the vacancy's competencies each one measures; e.g. case, jury interview, role play),
 * {@code informativeTests} (e.g. a personality test that informs the jury, not scored),
 * {@code externalJuryMember}, {@code mode} (DIGITAL or ON_SITE) with {@code place}, the tentative date
 * window {@code tentativeFrom}..{@code tentativeUntil} ("onder voorbehoud"), and {@code scale}: the
 * maximum a jury member gives per score, 1..1000 (absent: 100); selection-service converts each score to
 * /100 (score / scale × 100) before the pass mark applies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stage(int order, StageType type, String name, boolean eliminating, int passMark, Integer topN,
        TieRule tieRule, List<Component> components, List<String> informativeTests, Boolean externalJuryMember,
        StageMode mode, String place, LocalDate tentativeFrom, LocalDate tentativeUntil, Integer scale) {
    /** The scale selection-service uses when a stage gives none. */
    public static final int DEFAULT_SCALE = 100;
    public static final int MAX_SCALE = 1000;

    public Stage(int order, StageType type, String name, boolean eliminating, int passMark, Integer topN) {
        this(order, type, name, eliminating, passMark, topN, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A scored part of the stage and its weight in the stage score (default 1). {@code competencies}
     * names the vacancy's own competencies ({@code competencies[].name}, exact match after trim) that the
     * jury scores separately for this component; absent, the component is scored as one whole.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String name, Integer weight, List<String> competencies) {
        public Component(String name, Integer weight) {
            this(name, weight, null);
        }
    }

    public enum TieRule {
        /** everyone tied with the N-th goes on */
        INCLUDE_ALL_TIED,
        /** ties broken by the earliest application: exactly N go on */
        EARLIEST_APPLICATION
    }

    public enum StageMode {
        DIGITAL, ON_SITE
    }
}
