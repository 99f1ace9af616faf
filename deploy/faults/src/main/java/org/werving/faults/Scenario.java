package org.werving.faults;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One scenario: a steady stream of applications to a published vacancy, one fault injected
 * {@code faultAfter} into it and healed after the fault's hold, then a wait until the pipeline
 * has settled, and the count of what became of every application.
 */
final class Scenario {
    /** One POST of the stream. */
    static final class Attempt {
        final int n;
        final String email;
        volatile long sentAt;
        volatile long answeredAt;
        volatile Api.Answer answer;

        Attempt(int n, String email) {
            this.n = n;
            this.email = email;
        }

        boolean acknowledged() {
            return answer != null && answer.status() == 201 && answer.applicationId() != null;
        }

        boolean failed() {
            return answer == null || answer.status() != 201;
        }
    }

    record Settings(int applications, Duration stream, Duration faultAfter, Duration settle) {
    }

    private final Fault fault;
    private final Settings settings;
    private final SystemUnderTest system;
    private final Api api;
    private final EventWatch events;
    private final String vacancyId;

    Scenario(Fault fault, Settings settings, SystemUnderTest system, Api api, EventWatch events, String vacancyId) {
        this.fault = fault;
        this.settings = settings;
        this.system = system;
        this.api = api;
        this.events = events;
        this.vacancyId = vacancyId;
    }

    Result run(String tag) {
        int deadLettersBefore = events.deadLetters().size();
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < settings.applications(); i++) {
            attempts.add(new Attempt(i, tag + "-" + i + "@faults.example"));
        }
        ExecutorService clients = Executors.newCachedThreadPool();
        long start = System.currentTimeMillis();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> send(attempts, clients, start));
        Pause.millis(Math.max(0, start + settings.faultAfter().toMillis() - System.currentTimeMillis()));
        long injectedAt = System.currentTimeMillis();
        fault.inject().run(system);
        Pause.millis(fault.hold().toMillis());
        fault.heal().run(system);
        long healedAt = System.currentTimeMillis();
        stream.join();
        clients.shutdown();
        long streamEnd = System.currentTimeMillis();
        awaitDecisions(attempts, Math.max(streamEnd, healedAt) + settings.settle().toMillis());
        Result.Builder result = new Result.Builder(fault, attempts, injectedAt, healedAt);
        result.deadLetters(events.deadLetters().subList(deadLettersBefore, events.deadLetters().size()));
        checkDecisions(attempts, result);
        checkTimelines(attempts, result);
        checkMails(attempts, result);
        return result.build();
    }

    /** Sends the applications evenly over the stream's duration, each from a client thread of its own. */
    private void send(List<Attempt> attempts, ExecutorService clients, long start) {
        long interval = settings.stream().toMillis() / Math.max(1, attempts.size());
        List<CompletableFuture<Void>> posts = new ArrayList<>();
        for (Attempt attempt : attempts) {
            Pause.millis(Math.max(0, start + attempt.n * interval - System.currentTimeMillis()));
            posts.add(CompletableFuture.runAsync(() -> {
                attempt.sentAt = System.currentTimeMillis();
                attempt.answer = api.apply(Api.form(vacancyId, attempt.email, attempt.n));
                attempt.answeredAt = System.currentTimeMillis();
            }, clients));
        }
        CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * Waits until every acknowledged application has its decision; past the deadline only while
     * decisions still come in (a slow restart is not a loss), never longer than three times the settle time.
     */
    private void awaitDecisions(List<Attempt> attempts, long deadline) {
        long hardDeadline = deadline + 2 * settings.settle().toMillis();
        long undecided = undecided(attempts);
        long lastProgress = System.currentTimeMillis();
        while (undecided > 0 && System.currentTimeMillis() < hardDeadline
                && (System.currentTimeMillis() < deadline || System.currentTimeMillis() - lastProgress < 15_000)) {
            Pause.millis(500);
            long now = undecided(attempts);
            if (now < undecided) {
                lastProgress = System.currentTimeMillis();
            }
            undecided = now;
        }
    }

    private long undecided(List<Attempt> attempts) {
        return attempts.stream().filter(a -> a.acknowledged() && events.decision(a.answer.applicationId()) == null).count();
    }

    private void checkDecisions(List<Attempt> attempts, Result.Builder result) {
        for (Attempt a : attempts) {
            if (!a.acknowledged()) {
                continue;
            }
            EventWatch.Seen decision = events.decision(a.answer.applicationId());
            EventWatch.Seen applied = events.applied(a.answer.applicationId());
            if (decision == null) {
                result.lost(a, "no admission decision on werving.selection.events");
            } else {
                result.decided(a, decision.firstSeenMillis());
                if (decision.eventIds().size() > 1) {
                    result.duplicated(a, decision.eventIds().size() + " admission decisions");
                }
            }
            if (applied != null && applied.eventIds().size() > 1) {
                result.duplicated(a, applied.eventIds().size() + " CandidateApplied events");
            }
        }
    }

    /** Each acknowledged application's timeline shows its admission once, and no step twice. */
    private void checkTimelines(List<Attempt> attempts, Result.Builder result) {
        long deadline = System.currentTimeMillis() + 30_000;
        for (Attempt a : attempts) {
            if (!a.acknowledged()) {
                continue;
            }
            Map<String, Integer> steps = timeline(a.answer.applicationId());
            while (admissions(steps) == 0 && System.currentTimeMillis() < deadline) {
                Pause.millis(500);
                steps = timeline(a.answer.applicationId());
            }
            if (admissions(steps) == 0) {
                result.lost(a, "no admission step in the timeline");
            }
            steps.forEach((type, count) -> {
                if (count > 1) {
                    result.duplicated(a, "timeline shows " + type + " " + count + " times");
                }
            });
        }
    }

    private static int admissions(Map<String, Integer> steps) {
        return steps.getOrDefault("ScreeningPassed", 0) + steps.getOrDefault("ScreeningFailed", 0);
    }

    private Map<String, Integer> timeline(String applicationId) {
        Map<String, Integer> steps = new HashMap<>();
        JsonNode application = api.application(applicationId);
        if (application != null) {
            application.path("timeline").forEach(item -> steps.merge(item.path("type").asText(), 1, Integer::sum));
        }
        return steps;
    }

    /** Each acknowledged candidate gets the receipt and the admission mail, each once. */
    private void checkMails(List<Attempt> attempts, Result.Builder result) {
        long deadline = System.currentTimeMillis() + 60_000;
        for (Attempt a : attempts) {
            if (!a.acknowledged()) {
                continue;
            }
            Map<String, Integer> subjects = subjects(a.email);
            while (subjects.size() < 2 && System.currentTimeMillis() < deadline) {
                Pause.millis(500);
                subjects = subjects(a.email);
            }
            if (subjects.size() < 2) {
                result.mailMissing(a);
            }
            subjects.forEach((subject, count) -> {
                if (count > 1) {
                    result.duplicated(a, "mail '" + subject + "' " + count + " times");
                }
            });
        }
    }

    private Map<String, Integer> subjects(String email) {
        Map<String, Integer> subjects = new HashMap<>();
        try {
            api.mails(email).forEach(m -> subjects.merge(m.path("subject").asText(), 1, Integer::sum));
        } catch (Exception e) {
            // the catcher did not answer: counted as missing below
        }
        return subjects;
    }
}
