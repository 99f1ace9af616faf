package org.werving.selection.rest;

import org.werving.selection.model.CandidacyStatus;
import org.werving.selection.model.DecisionKind;
import org.werving.selection.rest.CandidacyViews.DecisionView;
import org.werving.selection.rest.CandidacyViews.ScoreView;
import org.werving.selection.model.Stage;
import org.werving.selection.rest.JuryViews.MemberScoreView;
import org.werving.selection.rest.JuryViews.RankView;
import org.werving.selection.rest.ReportView.CandidacyReport;
import org.werving.selection.rest.ReportView.StageReport;
import org.werving.selection.model.Wording;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The selection report (proces-verbaal) of a procedure as PDF for HR, in Dutch: per stage the jury (external
 * members marked), the pass mark, the top-N and the tie rule applied, every score per candidate (also each
 * jury member's), the final ranking with the reserve, and every motivated decision. Candidates appear by
 * candidate number and application id: their names live in candidate-service only.
 */
public final class ReportPdf {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy 'om' HH:mm");

    private ReportPdf() {
    }

    public static byte[] render(ReportView report, OffsetDateTime madeAt) {
        Map<UUID, String> numbers = new LinkedHashMap<>();
        for (CandidacyReport c : report.candidacies()) {
            numbers.put(c.applicationId(), "kandidaat " + (numbers.size() + 1) + " (" + c.applicationId().toString()
                    .substring(0, 8) + ")");
        }
        String title = "Proces-verbaal van de selectieprocedure " + report.reference();
        try (PdfText pdf = new PdfText(title, "Proces-verbaal " + report.reference() + " - " + report.title())) {
            pdf.heading(title).paragraph("Vacature: " + report.title() + " (" + report.reference() + ")")
                    .paragraph("Opgemaakt op " + when(madeAt) + ".")
                    .paragraph("Kandidaten staan vermeld met hun kandidaatnummer en de eerste tekens van hun "
                            + "kandidatuur; de namen bij die nummers houdt de kandidatendienst bij.")
                    .paragraph("Eindrangschikking: " + report.tieRuleText() + ".");
            for (StageReport stage : report.stages()) {
                stage(pdf, stage, report.candidacies(), numbers);
            }
            ranking(pdf, report.ranking(), numbers);
            decisions(pdf, report.candidacies(), numbers);
            return pdf.toBytes();
        }
    }

    private static void stage(PdfText pdf, StageReport stage, List<CandidacyReport> candidacies,
            Map<UUID, String> numbers) {
        pdf.heading("Proef " + stage.order() + ": " + stage.name())
                .paragraph((stage.eliminating() ? "Eliminerend" : "Niet eliminerend") + "; cesuur " + stage.passMark()
                        + "/100; " + (stage.topN() == null ? "geen beperking van het aantal kandidaten dat doorgaat"
                                : "enkel de " + stage.topN() + " best gerangschikte kandidaten gaan door") + ".")
                .paragraph(stage.closedAt() == null ? "Nog niet afgesloten."
                        : "Afgesloten door " + stage.closedBy() + " op " + when(stage.closedAt()) + "; toegepaste regel: "
                                + stage.tieRuleText() + ".");
        pdf.subheading("Jury");
        if (stage.jury().isEmpty()) {
            pdf.paragraph("Geen jury: de scores van deze proef werden door HR ingevoerd.");
        }
        stage.jury().forEach(m -> pdf.item(m.subject() + (m.external() ? " (extern jurylid)" : "")));
        pdf.subheading("Scores");
        for (CandidacyReport c : candidacies) {
            ScoreView score = c.scores().stream().filter(s -> s.stageOrder() == stage.order()).findFirst().orElse(null);
            if (score == null) {
                continue;
            }
            String members = c.memberScores().stream().filter(m -> m.stageOrder() == stage.order())
                    .map(ReportPdf::memberScore).collect(Collectors.joining("; "));
            pdf.item(numbers.get(c.applicationId()) + ": " + Wording.number(score.score()) + "/100"
                    + (score.rank() == null ? "" : ", rang " + score.rank())
                    + (score.passed() ? ", cesuur gehaald" : ", cesuur niet gehaald")
                    + (members.isEmpty() ? "" : " (" + members + ")"));
        }
    }

    /** "jury.an Case: Resultaatgerichtheid 7"; in a stage scored as a whole, the one score: "jury.an 66". */
    private static String memberScore(MemberScoreView m) {
        boolean whole = m.label() == null || Stage.WHOLE_STAGE_LABEL.equals(m.label());
        return m.member() + (whole ? "" : " " + m.label()) + " " + Wording.number(m.score());
    }

    private static void ranking(PdfText pdf, List<RankView> ranking, Map<UUID, String> numbers) {
        pdf.heading("Eindrangschikking en reserves");
        if (ranking.isEmpty()) {
            pdf.paragraph("Er is (nog) geen eindrangschikking.");
        }
        ranking.forEach(r -> pdf.item("rang " + r.rank() + ": " + numbers.get(r.applicationId()) + ", eindscore "
                + Wording.number(r.finalScore()) + "/100, " + ("PROMOTION".equals(r.reserveType())
                        ? "bevorderingsreserve" : "wervingsreserve")));
    }

    private static void decisions(PdfText pdf, List<CandidacyReport> candidacies, Map<UUID, String> numbers) {
        pdf.heading("Beslissingen per kandidaat");
        for (CandidacyReport c : candidacies) {
            pdf.subheading(numbers.get(c.applicationId()) + ", " + (c.internal() ? "interne" : "externe")
                    + " kandidaat: " + status(c.status()));
            for (DecisionView d : c.decisions()) {
                pdf.item(when(d.at()) + ", " + kind(d.kind()) + " (door " + d.decidedBy() + "): " + d.motivation());
            }
        }
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(at.atZoneSameInstant(BRUSSELS));
    }

    static String status(CandidacyStatus status) {
        return switch (status) {
            case AWAITING_VACANCY -> "wacht op de vacature";
            case NOT_ADMITTED -> "niet toegelaten";
            case AWAITING_CAPACITY_TEST -> "wacht op de niveau- en capaciteitstest";
            case IN_STAGE -> "neemt deel aan de proeven";
            case ELIMINATED -> "uitgeschakeld";
            case PASSED -> "geslaagd";
            case WITHDRAWN -> "kandidatuur ingetrokken";
        };
    }

    static String kind(DecisionKind kind) {
        return switch (kind) {
            case AWAITING_VACANCY -> "wacht op de vacature";
            case SCREENING_PASSED -> "toegelaten";
            case SCREENING_FAILED -> "niet toegelaten";
            case CAPACITY_TEST_PASSED -> "geslaagd voor de niveau- en capaciteitstest";
            case CAPACITY_TEST_FAILED -> "niet geslaagd voor de niveau- en capaciteitstest";
            case STAGE_COMPLETED -> "proef afgerond, door naar de volgende";
            case ELIMINATED -> "uitgeschakeld";
            case SELECTION_PASSED -> "geslaagd voor de selectie";
            case STAGE_CLOSED -> "proef afgesloten";
            case JURY_ASSIGNED -> "jury samengesteld";
            case SCREENING_OVERRIDDEN -> "screening herzien door HR";
            case WITHDRAWN -> "kandidatuur ingetrokken";
            case DATA_ERASED -> "persoonsgegevens gewist";
            case PRESELECTION_RETAINED -> "weerhouden na de preselectie";
            case PRESELECTION_NOT_RETAINED -> "niet weerhouden na de preselectie";
        };
    }
}
