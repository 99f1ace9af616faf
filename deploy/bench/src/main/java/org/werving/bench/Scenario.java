package org.werving.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** The measurements on one running system, in a fixed order; each writes its rows into the results. */
final class Scenario {
    /** The portal is measured once the system keeps fewer cores than this busy (or after 120 s). */
    private static final double IDLE_CORES = 0.15;

    private final SystemUnderTest system;
    private final Options o;
    private final Results r;
    private final HttpClient client;
    private final Path work;
    private final List<String> templates = new ArrayList<>();
    private List<Path> demoFiles;
    private List<String> demoIds;

    Scenario(SystemUnderTest system, Options options, Results results, HttpClient client, Path work) {
        this.system = system;
        this.o = options;
        this.r = results;
        this.client = client;
        this.work = work;
    }

    void run() throws Exception {
        Thread.sleep(5_000); // idle: what the services hold once their start-up work is done
        footprint("ready / RSS idle");
        Api api = new Api(client, system, Api.hrToken(system.root), o.cvKb);
        demoFiles = demoFiles();
        demoIds = publish(api, demoFiles.size(), null);
        Propagation propagation = new Propagation(system);
        propagation.awaitVacancies(demoIds.size(), Duration.ofSeconds(120));
        ceiling();
        try (Outcomes outcomes = new Outcomes(system.kafkaBootstrap())) {
            Timestamp from = propagation.now();
            Phases phases = new Phases(new ApplyLoad(api, demoIds), outcomes, api, o, r, templates, propagation,
                    system.cpuMeter());
            phases.warmup();
            phases.throughput("");
            for (int rate : o.rates) {
                phases.latency("", rate);
            }
            portal("", new PortalLoad(client));
            footprint("RSS after load");
            if (o.seed && o.seedApplications > 0) {
                stored(api, propagation, phases, from);
            }
        }
    }

    private void stored(Api api, Propagation propagation, Phases phases, Timestamp from) throws Exception {
        propagation.awaitQuiet(Duration.ofSeconds(o.outcomeTimeoutSeconds));
        Timestamp until = propagation.now();
        long started = System.nanoTime();
        List<String> vacancies = new ArrayList<>(demoIds);
        vacancies.addAll(publish(api, o.seedVacancies, "-B"));
        propagation.awaitVacancies(vacancies.size(), Duration.ofSeconds(600));
        double publishSeconds = (System.nanoTime() - started) / 1e9;
        long have = propagation.count("candidate", "application");
        int copies = (int) Math.max(0, Math.ceil((o.seedApplications - have) / (double) templates.size()));
        long copyStart = System.nanoTime();
        new Seeder(system, r).copy(templates, vacancies, copies, from, until);
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        r.put("stored: applications / vacancies", String.format("%,d / %,d (vacancies via API %.0f s, copies in SQL %.0f s)",
                propagation.count("candidate", "application"), propagation.count("vacancy", "vacancy"), publishSeconds,
                copySeconds));
        phases.throughput("stored: ");
        phases.latency("stored: ", o.storedRate);
        portal("stored: ", new PortalLoad(client));
    }

    private void footprint(String what) {
        double slowest = 0;
        for (ServiceProc s : system.services.values()) {
            if (what.startsWith("ready")) {
                slowest = Math.max(slowest, s.readySeconds());
                r.put(s.name + " ready alone / four at once / RSS idle", String.format("%.1f s / %.1f s / %d MB",
                        system.readyAlone.getOrDefault(s.name, Double.NaN), s.readySeconds(), s.rssMb()));
            } else {
                r.put(s.name + " RSS after load", s.rssMb() + " MB");
            }
        }
        if (what.startsWith("ready")) {
            r.put("all four ready (started at once)", String.format("%.1f s", slowest));
            r.put("JVM options (deploy/local/run.sh)", system.jvmOptions.values().stream().map(l -> String.join(" ", l))
                    .distinct().collect(java.util.stream.Collectors.joining(" | ")));
        }
    }

    private void ceiling() throws Exception {
        PgCeiling.Result c = new PgCeiling(system).run(o.pgClients, o.pgSeconds, work);
        r.put("PostgreSQL insert ceiling, " + o.pgClients + " clients",
                String.format("%.0f tps (%s; %s)", c.tps(), c.tool(), c.serverSettings()));
    }

    private void portal(String prefix, PortalLoad load) throws InterruptedException {
        ServiceProc vacancy = system.service("vacancy-service");
        String detail = "/vacancies/" + demoIds.get(0);
        List<String[]> targets = List.of(new String[] {"GET /vacancies", "/vacancies"},
                new String[] {"GET /vacancies/{id}", detail},
                new String[] {"GET /vacancies?q=begeleider", "/vacancies?q=begeleider"},
                new String[] {"GET /q/health/live (trivial)", "/q/health/live"});
        CpuMeter.Idle idle = system.cpuMeter().awaitIdle(IDLE_CORES, Duration.ofSeconds(2), Duration.ofSeconds(120));
        r.put(prefix + "portal measured once the system settled", idle.summary());
        for (String[] t : targets) {
            load.run(vacancy.url(t[1]), o.portalConnections, Duration.ofSeconds(1)); // warm-up, not counted
            PortalLoad.Result result = load.run(vacancy.url(t[1]), o.portalConnections, Duration.ofSeconds(o.portalSeconds));
            r.put(prefix + "portal " + t[0] + ", " + o.portalConnections + " conn", result.summary());
        }
    }

    private List<Path> demoFiles() throws Exception {
        try (Stream<Path> files = Files.list(o.demo)) {
            List<Path> list = new ArrayList<>(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            if (list.isEmpty()) {
                throw new IllegalStateException("no demo vacancies in " + o.demo);
            }
            return list;
        }
    }

    /** Publishes {@code count} vacancies from the demo files (round robin), four at a time. */
    private List<String> publish(Api api, int count, String referenceSuffix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path file = demoFiles.get(i % demoFiles.size());
                String ref = referenceSuffix == null ? null : String.format("%s%04d", referenceSuffix, i);
                String title = referenceSuffix == null ? null : " (" + (i + 1) + ")";
                ids.add(pool.submit(() -> api.publish(file, ref, title)));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> id : ids) {
                result.add(id.get());
            }
            return Collections.unmodifiableList(result);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Database checks: propagation of vacancies to the other services, quiet outboxes, counts. */
    static final class Propagation {
        private final SystemUnderTest system;

        Propagation(SystemUnderTest system) {
            this.system = system;
        }

        Timestamp now() throws SQLException {
            try (Connection c = system.connect("candidate"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT now()")) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }

        long count(String db, String table) throws SQLException {
            try (Connection c = system.connect(db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** Until candidate-service and selection-service both hold their copy of {@code count} vacancies. */
        void awaitVacancies(int count, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (count("candidate", "vacancy") < count || count("selection", "vacancy_procedure") < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(count + " vacancies did not reach candidate- and selection-service in "
                            + timeout);
                }
                Thread.sleep(200);
            }
        }

        /** Until no outbox row (events or mail) in any database waits to be sent, then two seconds more. */
        void awaitQuiet(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            Thread.sleep(2_000);
        }

        private long pending() throws SQLException {
            long pending = 0;
            for (String db : List.of("vacancy", "candidate", "selection", "reserve")) {
                try (Connection c = system.connect(db); Statement s = c.createStatement()) {
                    List<String[]> outboxes = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                            + "WHERE table_schema = 'public' AND table_name LIKE '%outbox%' "
                            + "AND column_name IN ('published_at', 'sent_at')")) {
                        while (rs.next()) {
                            outboxes.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                    for (String[] outbox : outboxes) {
                        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + outbox[0] + " WHERE " + outbox[1]
                                + " IS NULL")) {
                            rs.next();
                            pending += rs.getLong(1);
                        }
                    }
                }
            }
            return pending;
        }
    }
}
