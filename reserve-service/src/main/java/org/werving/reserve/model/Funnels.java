package org.werving.reserve.model;

import java.time.LocalDate;
import java.util.List;

/** The dashboard's answer for a period: per vacancy its applications' funnel and its stages, in stage order. */
public record Funnels(LocalDate from, LocalDate to, List<VacancyFunnel> vacancies) {

    public record VacancyFunnel(FunnelRows.VacancyRow vacancy, List<FunnelRows.StageRow> stages) {
    }
}
