package org.werving.web.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** reserve-service's dashboard API (contract C2), with the signed-in person's token. */
@RegisterRestClient(configKey = "reserve")
public interface DashboardApi {
    @GET
    @Path("/dashboard/funnels")
    Response funnels(@HeaderParam("Authorization") String auth, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/dashboard/funnels.csv")
    Response csv(@HeaderParam("Authorization") String auth, @QueryParam("from") String from, @QueryParam("to") String to);

    /** The answer of {@code GET /dashboard/funnels}. */
    record Funnels(String from, String to, List<Funnel> vacancies, Totals totals) {
    }

    record Funnel(String vacancyId, String title, String reference, long applied, long admitted, long capacityTestTaken,
            long capacityTestPassed, List<StageFunnel> stages, long reserve, long appointed, Double timeToHireMedianDays,
            Double timeToHireP90Days, Routes routes) {
        public String hireMedianText() {
            return nl(timeToHireMedianDays);
        }

        public String hireP90Text() {
            return nl(timeToHireP90Days);
        }
    }

    record StageFunnel(int order, String name, long entered, long passed, long eliminated, Double passRate,
            Double medianHours, Double p90Hours) {
        public String passRateText() {
            return passRate == null ? "–" : Math.round(passRate * 100) + " %";
        }

        public String medianText() {
            return nl(medianHours);
        }

        public String p90Text() {
            return nl(p90Hours);
        }
    }

    /** A measure the Dutch way (one decimal, decimal comma), or a dash when there is nothing to measure. */
    static String nl(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.forLanguageTag("nl-BE"), "%.1f", value);
    }

    record Totals(long applied, long admitted, long capacityTestTaken, long capacityTestPassed, long reserve,
            long appointed, Routes routes) {
    }

    record Routes(long diploma, long experienceAndTest, long internal) {
    }
}
