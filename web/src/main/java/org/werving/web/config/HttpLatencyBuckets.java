package org.werving.web.config;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * The HTTP server timer's latency buckets, the same as the services' (the chassis' HttpLatencyBuckets, which web
 * does not depend on), so one dashboard query computes the pages' and the APIs' percentiles alike with
 * {@code histogram_quantile} over {@code http_server_requests_seconds_bucket}.
 */
@Singleton
public class HttpLatencyBuckets {
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    public MeterFilter httpServerLatencyBuckets() {
        double[] nanos = Stream.of(BUCKETS).mapToDouble(Duration::toNanos).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
