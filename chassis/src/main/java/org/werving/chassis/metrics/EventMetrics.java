package org.werving.chassis.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The counters of the event plumbing, the same in every service (Prometheus names at {@code /q/metrics}):
 * <ul>
 * <li>{@code werving_events_published_total{type}}: events the relay handed to the broker and the broker acknowledged;</li>
 * <li>{@code werving_events_consumed_total{type,outcome}}: consumed events by outcome: {@code applied},
 * {@code duplicate} (found applied before), {@code ignored} (a type the consumer does not handle), {@code left}
 * (left for redelivery because the service stopped);</li>
 * <li>{@code werving_events_retries_total{type,kind}}: retries after a {@code transient} failure, a lost {@code race} or a {@code domain} failure;</li>
 * <li>{@code werving_inbox_batch_events}: how many events a consumer applied together in one transaction (a
 * summary: count and sum; channels with {@code batch=true});</li>
 * <li>{@code werving_events_dead_lettered_total{type}}: events sent to the dead-letter topic ({@code unreadable}
 * when the record had no readable envelope).</li>
 * </ul>
 */
@ApplicationScoped
public class EventMetrics {
    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(String type) {
        counter("werving.events.published", "type", type).increment();
    }

    public void consumed(String type, String outcome) {
        Counter.builder("werving.events.consumed").description("Consumed events by outcome")
                .tag("type", type).tag("outcome", outcome).register(registry).increment();
    }

    /** A retry after a failure of {@code kind}: {@code transient}, {@code race} (a lost race) or {@code domain}. */
    public void retried(String type, String kind) {
        Counter.builder("werving.events.retries").description("Retries of a consumed event")
                .tag("type", type).tag("kind", kind).register(registry).increment();
    }

    /** A batch of {@code events} events applied together in one transaction. */
    public void batch(int events) {
        DistributionSummary.builder("werving.inbox.batch.events").description("Events applied together in one transaction")
                .register(registry).record(events);
    }

    public void deadLettered(String type) {
        counter("werving.events.dead.lettered", "type", type).increment();
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(registry);
    }
}
