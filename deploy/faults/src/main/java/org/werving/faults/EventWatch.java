package org.werving.faults;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Reads every werving topic from the start, as an outsider: the applications announced
 * (CandidateApplied), the admission decisions (ScreeningPassed / ScreeningFailed), each kept by
 * application id with its distinct event ids and the moment it was first seen, and every record
 * that reached a dead-letter topic (each once, however often it is delivered).
 */
final class EventWatch implements AutoCloseable {
    private static final Set<String> DECISIONS = Set.of("ScreeningPassed", "ScreeningFailed");

    record Seen(Set<String> eventIds, long firstSeenMillis) {
    }

    record DeadLetter(String topic, String type, String key, String reason) {
    }

    private final Map<String, Seen> applied = new ConcurrentHashMap<>();
    private final Map<String, Seen> decisions = new ConcurrentHashMap<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    /** topic/partition/offset of each dead letter taken: a rebalance (a new dead-letter topic) may deliver it again. */
    private final Set<String> deadLetterPositions = ConcurrentHashMap.newKeySet();
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    EventWatch(String bootstrap) {
        Properties props = new Properties();
        props.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.setProperty(ConsumerConfig.GROUP_ID_CONFIG, "werving-faults-" + UUID.randomUUID());
        props.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true"); // a rebalance resumes rather than rereads
        props.setProperty(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "3000"); // finds dead-letter topics soon after they appear
        props.setProperty(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.setProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        thread = new Thread(this::run, "fault-suite-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(Pattern.compile("werving\\..*"));
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    take(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            System.err.println("[faults] event watch stopped: " + e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void take(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        String id = header(record, "ce_id");
        String key = record.key();
        if (record.topic().endsWith(".dlq")) {
            if (!deadLetterPositions.add(record.topic() + "/" + record.partition() + "/" + record.offset())) {
                return;
            }
            deadLetters.add(new DeadLetter(record.topic(), type, key, header(record, "dead-letter-reason")));
        } else if (key != null && "CandidateApplied".equals(type)) {
            remember(applied, key, id);
        } else if (key != null && DECISIONS.contains(type)) {
            remember(decisions, key, id);
        }
    }

    private static void remember(Map<String, Seen> into, String key, String eventId) {
        into.computeIfAbsent(key, k -> new Seen(ConcurrentHashMap.newKeySet(), System.currentTimeMillis()))
                .eventIds().add(eventId == null ? "?" : eventId);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    Seen decision(String applicationId) {
        return decisions.get(applicationId);
    }

    Seen applied(String applicationId) {
        return applied.get(applicationId);
    }

    /** Dead letters seen so far; a scenario counts those that came after its start. */
    List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
