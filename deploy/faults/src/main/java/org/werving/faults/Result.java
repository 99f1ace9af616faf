package org.werving.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What became of one scenario's applications.
 * <ul>
 * <li>sent: POSTs made; acknowledged: answered 201 with an id; no answer: connection refused or timed out</li>
 * <li>503: told unavailable properly (problem+json with Retry-After, the service's database or broker down);
 * 5xx: any other server error, always a defect</li>
 * <li>lost: acknowledged, yet no admission decision on Kafka or no admission step in the timeline once settled</li>
 * <li>duplicated: acknowledged, and an admission decision, a CandidateApplied, a timeline step or a mail more than once</li>
 * <li>recover: from the fault's injection until the portal answers 201 again and every application acknowledged
 * before the fault was healed has its decision ("never" when one is lost)</li>
 * </ul>
 */
record Result(Fault fault, int sent, int acknowledged, int noAnswer, int unavailable, int serverErrors, int clientErrors,
        int lost,
        int duplicated, int mailMissing, int deadLetters, Double unavailableSeconds, Double recoverSeconds,
        List<String> examples, Map<String, Integer> deadLetterReasons) {

    boolean clean() {
        return lost == 0 && duplicated == 0;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-26s %5s %5s %6s %4s %4s %4s %5s %5s %5s %5s %8s %8s",
                "scenario", "sent", "ack", "no-ans", "503", "5xx", "4xx", "lost", "dup", "mail-", "dlq", "unavail", "recover");
    }

    String row() {
        return String.format(Locale.ROOT, "%-26s %5d %5d %6d %4d %4d %4d %5d %5d %5d %5d %8s %8s",
                fault.name(), sent, acknowledged, noAnswer, unavailable, serverErrors, clientErrors, lost, duplicated, mailMissing,
                deadLetters, seconds(unavailableSeconds), recoverSeconds == null ? "never" : seconds(recoverSeconds));
    }

    private static String seconds(Double s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%.1f s", s);
    }

    static final class Builder {
        private final Fault fault;
        private final List<Scenario.Attempt> attempts;
        private final long injectedAt;
        private final long healedAt;
        private final Set<Integer> lost = new LinkedHashSet<>();
        private final Set<Integer> duplicated = new LinkedHashSet<>();
        private final Set<Integer> mailMissing = new LinkedHashSet<>();
        private final List<String> examples = new ArrayList<>();
        private final Map<String, Integer> reasons = new LinkedHashMap<>();
        private int deadLetters;
        private long lastDecisionOfEarlier;

        Builder(Fault fault, List<Scenario.Attempt> attempts, long injectedAt, long healedAt) {
            this.fault = fault;
            this.attempts = attempts;
            this.injectedAt = injectedAt;
            this.healedAt = healedAt;
        }

        void deadLetters(List<EventWatch.DeadLetter> letters) {
            deadLetters = letters.size();
            letters.forEach(l -> reasons.merge(l.topic() + " " + l.type() + ": " + shorten(l.reason()), 1, Integer::sum));
        }

        void lost(Scenario.Attempt a, String why) {
            if (lost.add(a.n)) {
                example("lost " + a.answer.applicationId() + ": " + why);
            }
        }

        void duplicated(Scenario.Attempt a, String what) {
            if (duplicated.add(a.n)) {
                example("duplicated " + a.answer.applicationId() + ": " + what);
            }
        }

        void mailMissing(Scenario.Attempt a) {
            if (mailMissing.add(a.n)) {
                example("mail missing for " + a.email);
            }
        }

        void decided(Scenario.Attempt a, long seenAt) {
            if (a.answeredAt <= healedAt) {
                lastDecisionOfEarlier = Math.max(lastDecisionOfEarlier, seenAt);
            }
        }

        private void example(String line) {
            if (examples.size() < 8) {
                examples.add(line);
            }
        }

        Result build() {
            int sent = attempts.size();
            int acknowledged = (int) attempts.stream().filter(Scenario.Attempt::acknowledged).count();
            int noAnswer = (int) attempts.stream().filter(a -> a.answer == null || a.answer.status() < 0).count();
            int told503 = (int) attempts.stream().filter(a -> a.answer != null && a.answer.unavailable()).count();
            int server = (int) attempts.stream().filter(a -> a.answer != null && a.answer.status() >= 500
                    && !a.answer.unavailable()).count();
            int client = (int) attempts.stream().filter(a -> a.answer != null && a.answer.status() >= 400
                    && a.answer.status() < 500).count();
            long firstFailure = attempts.stream().filter(Scenario.Attempt::failed).mapToLong(a -> a.sentAt).min().orElse(-1);
            long lastFailure = attempts.stream().filter(Scenario.Attempt::failed).mapToLong(a -> a.answeredAt).max().orElse(-1);
            Double unavailable = firstFailure < 0 ? null : (lastFailure - firstFailure) / 1000.0;
            Double recover = lost.isEmpty()
                    ? Math.max(0, Math.max(lastFailure, lastDecisionOfEarlier) - injectedAt) / 1000.0 : null;
            return new Result(fault, sent, acknowledged, noAnswer, told503, server, client, lost.size(), duplicated.size(),
                    mailMissing.size(), deadLetters, unavailable, recover, List.copyOf(examples), Map.copyOf(reasons));
        }

        private static String shorten(String reason) {
            if (reason == null) {
                return "(no reason header)";
            }
            return reason.length() > 120 ? reason.substring(0, 120) + "…" : reason;
        }
    }
}
