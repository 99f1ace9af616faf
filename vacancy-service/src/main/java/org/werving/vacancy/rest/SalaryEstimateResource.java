package org.werving.vacancy.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.werving.vacancy.service.SalaryEstimator;

/** The portal's salary estimate. */
@Path("/salary-estimate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal")
public class SalaryEstimateResource {
    private final SalaryEstimator estimator;

    public SalaryEstimateResource(SalaryEstimator estimator) {
        this.estimator = estimator;
    }

    @GET
    @PermitAll
    @Operation(summary = "Starting gross monthly pay for a scale",
            description = "Private-sector or self-employed years count up to 18, public-sector years without limit; "
                    + "counted years beyond the table's last step earn the last step.")
    public Uni<SalaryEstimator.Estimate> estimate(@QueryParam("scale") String scale,
            @QueryParam("privateYears") String privateYears, @QueryParam("publicYears") String publicYears) {
        return estimator.estimate(scale, privateYears, publicYears);
    }
}
