package org.werving.vacancy.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * One scored stage of the procedure, in order; scores are on /100. The fields after {@code topN} are
 * optional: {@code tieRule} (required with topN: INCLUDE_ALL_TIED or EARLIEST_APPLICATION, as
 * selection-service applies them), scored {@code components} (name, weight; e.g. case, jury interview,
 * role play), {@code informativeTests} (e.g. a personality test that informs the jury, not scored),
 * {@code externalJuryMember}, {@code mode} (DIGITAL or ON_SITE) with {@code place}, and the tentative
 * date window {@code tentativeFrom}..{@code tentativeUntil} ("onder voorbehoud").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Stage(int order, StageType type, String name, boolean eliminating, int passMark, Integer topN,
        TieRule tieRule, List<Component> components, List<String> informativeTests, Boolean externalJuryMember,
        StageMode mode, String place, LocalDate tentativeFrom, LocalDate tentativeUntil) {

    public Stage(int order, StageType type, String name, boolean eliminating, int passMark, Integer topN) {
        this(order, type, name, eliminating, passMark, topN, null, null, null, null, null, null, null, null);
    }

    /** A scored part of the stage and its weight in the stage score (default 1). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String name, Integer weight) {
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
