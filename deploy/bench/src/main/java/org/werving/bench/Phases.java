package org.werving.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The application phases: warm-up, end-to-end throughput with mail, open-loop latency. */
final class Phases {
    private final ApplyLoad load;
    private final Outcomes outcomes;
    private final Api api;
    private final Options o;
    private final Results r;
    private final List<String> templates;
    private final Scenario.Propagation propagation;
    private final CpuMeter cpu;

    Phases(ApplyLoad load, Outcomes outcomes, Api api, Options options, Results results, List<String> templates,
            Scenario.Propagation propagation, CpuMeter cpu) {
        this.propagation = propagation;
        this.cpu = cpu;
        this.load = load;
        this.outcomes = outcomes;
        this.api = api;
        this.o = options;
        this.r = results;
        this.templates = templates;
    }

    /** A few applications through the whole pipeline first, so that no figure includes the JIT's first minutes. */
    void warmup() throws Exception {
        if (o.warmup == 0) {
            return;
        }
        ApplyLoad.Batch batch = load.closedLoop(o.warmup, 4, Duration.ofSeconds(120));
        outcomes.await(batch.sentAt.keySet(), timeout());
        templates.addAll(batch.sentAt.keySet());
        drain();
    }

    /**
     * N applications at concurrency C: accepted/s, end to end (first POST to last outcome), receipt mails/s, and
     * the CPU each part of the system spent per application, from the first POST until every outbox was drained.
     */
    void throughput(String prefix) throws Exception {
        Map<String, Double> cpuBefore = cpu.snapshot();
        MailCounter.Mails before = api.mailsReceived();
        ApplyLoad.Batch batch = load.closedLoop(o.applications, o.concurrency, Duration.ofSeconds(600));
        int accepted = batch.sentAt.size();
        templates.addAll(batch.sentAt.keySet());
        int missing = outcomes.await(batch.sentAt.keySet(), timeout());
        long lastOutcome = batch.sentAt.keySet().stream().map(outcomes::arrival).filter(t -> t != null)
                .mapToLong(Long::longValue).max().orElse(batch.firstSend);
        double intake = accepted / seconds(batch.firstSend, batch.lastAccepted);
        double endToEnd = (accepted - missing) / seconds(batch.firstSend, lastOutcome);
        r.put(prefix + "applications/s end to end (" + o.applications + " at C=" + o.concurrency + ")",
                String.format("%s (accepted %s%s%s)", Stats.rate(endToEnd), Stats.rate(intake), errors(batch),
                        missing > 0 ? ", " + missing + " outcomes missing" : ""));
        mails(prefix, before, batch, accepted, intake);
        r.put(prefix + "CPU per application (ms, POST to drained outboxes)",
                CpuMeter.format(CpuMeter.perItem(cpuBefore, cpu.snapshot(), accepted)));
    }

    private void mails(String prefix, MailCounter.Mails before, ApplyLoad.Batch batch, int accepted, double intake)
            throws Exception {
        long[] receiptsDone = awaitReceipts(before, accepted);
        drain();
        if (receiptsDone[0] < accepted) {
            r.put(prefix + "receipt mails/s (vs intake)", String.format("only %d of %d receipts within %d s",
                    receiptsDone[0], accepted, o.outcomeTimeoutSeconds));
            return;
        }
        double mailRate = accepted / seconds(batch.firstSend, receiptsDone[1]);
        r.put(prefix + "receipt mails/s (vs intake)", String.format("%s vs %s; last receipt %.1f s after last POST",
                Stats.rate(mailRate), Stats.rate(intake), (receiptsDone[1] - batch.lastAccepted) / 1e9));
    }

    /**
     * Polls the mail catcher until {@code receipts} more receipts arrived or the timeout; returns the receipts
     * seen and when the last expected one was seen. Its page lists every mail, so a poll costs more as mail
     * piles up: the pause is 250 ms or four times the last poll, whichever is longer.
     */
    private long[] awaitReceipts(MailCounter.Mails before, int receipts) throws Exception {
        long deadline = System.nanoTime() + timeout().toNanos();
        long seen = 0;
        while (System.nanoTime() < deadline) {
            long poll = System.nanoTime();
            seen = api.mailsReceived().receipts() - before.receipts();
            long now = System.nanoTime();
            if (seen >= receipts) {
                return new long[] {seen, now};
            }
            Thread.sleep(Math.max(250, 4 * (now - poll) / 1_000_000));
        }
        return new long[] {seen, 0};
    }

    /** Until every outbox (events and mail) is empty: the next phase starts on a quiet system. */
    private void drain() throws Exception {
        propagation.awaitQuiet(timeout());
    }

    /** Open loop at {@code rate}/s for the configured seconds: apply → admission outcome on Kafka percentiles. */
    void latency(String prefix, int rate) throws Exception {
        ApplyLoad.Batch batch = load.openLoop(rate, o.rateSeconds);
        templates.addAll(batch.sentAt.keySet());
        int missing = outcomes.await(batch.sentAt.keySet(), timeout());
        List<Long> latencies = new ArrayList<>();
        for (Map.Entry<String, Long> e : batch.sentAt.entrySet()) {
            Long arrival = outcomes.arrival(e.getKey());
            if (arrival != null) {
                latencies.add(arrival - e.getValue());
            }
        }
        Stats admission = new Stats(latencies.stream().mapToLong(Long::longValue).toArray());
        Stats post = new Stats(batch.postNanos.stream().mapToLong(Long::longValue).toArray());
        r.put(prefix + "apply→admission @" + rate + "/s open loop p50/p95/p99",
                admission.p50p95p99() + String.format(" (POST p99 %s ms%s%s)", Stats.ms(post.millis(99)), errors(batch),
                        missing > 0 ? ", " + missing + " missing" : ""));
        drain();
    }

    private static String errors(ApplyLoad.Batch batch) {
        int n = batch.errors.get();
        return n == 0 ? "" : ", " + n + " errors e.g. " + batch.errorSamples.get(0);
    }

    private Duration timeout() {
        return Duration.ofSeconds(o.outcomeTimeoutSeconds);
    }

    private static double seconds(long from, long to) {
        return Math.max(1, to - from) / 1e9;
    }
}
