package org.werving.web.staff;

import org.werving.web.client.Procedures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A juror's scoring form for one stage, worked out from the stage's score sheet, the candidates in the stage and
 * the scores recorded so far: one field per cell for each candidate, the juror's own scores filled in, the cells
 * still missing, and the other members' scores only once the stage is closed.
 */
public final class JuryBoard {
    private JuryBoard() {
    }

    /** One field of the form: the cell, the field's id and name, the value shown and an error next to it. */
    public record Field(Procedures.SheetCell cell, String id, String name, String value, String error) {
    }

    /** One candidate of the stage on the juror's form. */
    public record Row(int number, String anchor, Procedures.StageCandidacy candidacy, List<Field> fields,
            List<String> missing, List<Procedures.MemberScore> others, boolean saved) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /**
     * The rows of the form. {@code typed}: values typed for one candidate that were refused (shown again as typed),
     * {@code errors}: field name → Dutch error for that candidate.
     */
    public static List<Row> rows(Procedures.Jury jury, Procedures.StageCandidacies stage, String subject,
            java.util.UUID typedFor, Map<String, String> typed, Map<String, String> errors, java.util.UUID savedFor) {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (Procedures.StageCandidacy c : stage.candidacies()) {
            number++;
            Map<String, BigDecimal> mine = new LinkedHashMap<>();
            List<Procedures.MemberScore> others = new ArrayList<>();
            for (Procedures.MemberScore s : c.scores() == null ? List.<Procedures.MemberScore>of() : c.scores()) {
                if (subject.equals(s.member())) {
                    mine.put(s.key(), s.score());
                } else if (stage.closed()) {
                    others.add(s);
                }
            }
            boolean retyped = c.applicationId().equals(typedFor);
            List<Field> fields = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            int cellNo = 0;
            for (Procedures.SheetCell cell : jury.scoreSheet()) {
                cellNo++;
                String name = "c" + cellNo;
                BigDecimal own = mine.get(cell.key());
                String value = retyped ? typed.getOrDefault(name, "") : own == null ? "" : own.stripTrailingZeros().toPlainString();
                fields.add(new Field(cell, "k" + number + "-" + name, name, value,
                        retyped ? errors.get(name) : null));
                if (own == null) {
                    missing.add(cell.label());
                }
            }
            rows.add(new Row(number, "kandidaat-" + number, c, fields, missing, others,
                    c.applicationId().equals(savedFor)));
        }
        return rows;
    }

    /** The sheet cell of field {@code c<n>}, or null. */
    public static Procedures.SheetCell cell(Procedures.Jury jury, String fieldName) {
        if (fieldName == null || !fieldName.matches("c[1-9][0-9]{0,2}")) {
            return null;
        }
        int index = Integer.parseInt(fieldName.substring(1)) - 1;
        return index < jury.scoreSheet().size() ? jury.scoreSheet().get(index) : null;
    }

    /** A typed score on the stage's scale; null with an error in {@code errors} when it is not one. */
    public static BigDecimal parse(String field, String typed, int scale, Map<String, String> errors) {
        String t = typed == null ? "" : typed.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal score = new BigDecimal(t);
            if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(scale)) > 0) {
                errors.put(field, "Geef een score van 0 tot en met " + scale + ".");
                return null;
            }
            return score;
        } catch (NumberFormatException e) {
            errors.put(field, "Geef een getal, zoals 7 of 7,5.");
            return null;
        }
    }
}
