package org.werving.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads werving.selection.events with a plain KafkaConsumer of its own group, from the beginning, and
 * remembers when the first admission outcome (ScreeningPassed or ScreeningFailed) of each application
 * id (the record key) arrived, on the harness's System.nanoTime clock.
 */
final class Outcomes implements AutoCloseable {
    static final String TOPIC = "werving.selection.events";
    private static final Pattern OUTCOME_IN_VALUE = Pattern.compile("\"type\"\\s*:\\s*\"Screening(Passed|Failed)\"");

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    Outcomes(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "werving-bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(TOPIC));
        thread = new Thread(() -> run(consumer), "outcomes");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    if (record.key() != null && isOutcome(record)) {
                        arrivals.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        } catch (RuntimeException e) {
            if (running) {
                System.err.println("[bench] outcome consumer failed: " + e);
            }
        }
    }

    private static boolean isOutcome(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type != null) {
            String t = new String(type.value(), StandardCharsets.UTF_8);
            return t.equals("ScreeningPassed") || t.equals("ScreeningFailed");
        }
        return record.value() != null && OUTCOME_IN_VALUE.matcher(record.value()).find();
    }

    /** When the outcome of {@code applicationId} arrived (nanoTime), or null. */
    Long arrival(String applicationId) {
        return arrivals.get(applicationId);
    }

    /** Waits until every id has an outcome or the timeout passes; returns how many are still missing. */
    int await(Collection<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int missing = missing(ids);
        while (missing > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            missing = missing(ids);
        }
        return missing;
    }

    private int missing(Collection<String> ids) {
        int missing = 0;
        for (String id : ids) {
            if (!arrivals.containsKey(id)) {
                missing++;
            }
        }
        return missing;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
