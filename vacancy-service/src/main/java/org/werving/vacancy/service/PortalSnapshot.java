package org.werving.vacancy.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.werving.chassis.problem.ProblemException;
import org.werving.chassis.problem.ProblemTypes;
import org.werving.vacancy.model.PortalListing;
import org.werving.vacancy.model.TextQuery;
import org.werving.vacancy.model.Vacancy;
import org.werving.vacancy.repository.PortalRows;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The public portal (list, search, detail) served from memory: the vacancies the portal can show, each with its
 * list line and its detail already rendered as JSON, kept in list order. Refreshed whole at start and every
 * {@code werving.portal.refresh-every} (the safety net), and patched per vacancy right after this service's own
 * writes commit and whenever a vacancy row changes anywhere ({@link PortalSignals}: the table's trigger NOTIFYs
 * every replica). Loads run one at a time; requests that arrive meanwhile are merged into the next load, and
 * each caller's Uni completes once its vacancies are in. A search text is read by PostgreSQL once (its Dutch
 * stemming and stop words) and kept; matching it runs here ({@link TextQuery}).
 */
@ApplicationScoped
public class PortalSnapshot {
    private static final Logger LOG = Logger.getLogger(PortalSnapshot.class);
    private static final int QUERY_CACHE = 2_000;

    /** Renders the public JSON of a vacancy (implemented by the web layer, which owns the views). */
    public interface Renderer {
        byte[] summary(Vacancy vacancy);

        byte[] detail(Vacancy vacancy);
    }

    /** One vacancy as the portal serves it: the facts the list filters on, its JSON, its detail's ETag value. */
    public record Entry(PortalListing.Facts facts, byte[] summary, byte[] detail, String tag, long summaryHash) {
    }

    /** A page of list lines, whether a next page exists, and the page's ETag value (its lines' content). */
    public record Page(List<Entry> items, boolean more, String tag) {
    }

    private record State(List<Entry> ordered, Map<UUID, Entry> byId) {
    }

    private final PortalRows rows;
    private final Renderer renderer;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, TextQuery> queries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TextQuery> eldest) {
            return size() > QUERY_CACHE;
        }
    };
    private volatile State state;
    private Set<UUID> pendingIds = new HashSet<>();
    private boolean pendingAll;
    private boolean loading;
    private CompletableFuture<Void> nextLoad = new CompletableFuture<>();

    public PortalSnapshot(PortalRows rows, Renderer renderer) {
        this.rows = rows;
        this.renderer = renderer;
    }

    void start(@Observes StartupEvent startup) {
        refreshAll().subscribe().with(ok -> LOG.debug("portal snapshot loaded"), e -> LOG.warn("portal snapshot", e));
    }

    @Scheduled(every = "${werving.portal.refresh-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodic() {
        return refreshAll();
    }

    /** Reloads every vacancy the portal can show. */
    public Uni<Void> refreshAll() {
        return request(Set.of(), true);
    }

    /** Reloads these vacancies (after a write): in, changed or out, as their rows say now. */
    public Uni<Void> refresh(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().voidItem() : request(ids, false);
    }

    /** The detail of a vacancy the portal shows; null when it is not held here. */
    public Entry entry(UUID id) {
        State current = state;
        return current == null ? null : current.byId().get(id);
    }

    /** One page (1-based) of the list for this filter, at this moment. */
    public Uni<Page> page(PortalListing.Filter filter, int page, int size) {
        Uni<TextQuery> query = filter.q() == null ? Uni.createFrom().nullItem() : query(filter.q());
        return query.flatMap(q -> current().map(current -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Entry> items = PortalListing.page(current.ordered(), e -> PortalListing.shows(e.facts(), filter, q, now),
                    page, size);
            boolean more = items.size() > size;
            List<Entry> shown = more ? items.subList(0, size) : items;
            return new Page(shown, more, tag(shown, more));
        }));
    }

    private static String tag(List<Entry> shown, boolean more) {
        long hash = more ? 1 : 0;
        for (Entry e : shown) {
            hash = hash * 1_000_003L + e.summaryHash();
        }
        return "p" + Long.toHexString(hash) + "-" + shown.size();
    }

    private Uni<TextQuery> query(String q) {
        synchronized (queries) {
            TextQuery known = queries.get(q);
            if (known != null) {
                return Uni.createFrom().item(known);
            }
        }
        return rows.textQuery(q).map(text -> {
            TextQuery parsed = TextQuery.parse(text);
            synchronized (queries) {
                queries.put(q, parsed);
            }
            return parsed;
        });
    }

    private Uni<State> current() {
        State current = state;
        if (current != null) {
            return Uni.createFrom().item(current);
        }
        return refreshAll().map(ignored -> {
            State loaded = state;
            if (loaded == null) {
                throw new ProblemException(503, ProblemTypes.UNAVAILABLE, "Service unavailable",
                        "the vacancies cannot be read at the moment").withRetryAfter(5);
            }
            return loaded;
        });
    }

    private Uni<Void> request(Collection<UUID> ids, boolean all) {
        CompletableFuture<Void> done;
        synchronized (this) {
            pendingIds.addAll(ids);
            pendingAll |= all;
            done = nextLoad;
        }
        load();
        Context context = Vertx.currentContext();
        Uni<Void> loaded = Uni.createFrom().completionStage(done);
        return context == null ? loaded : loaded.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Starts the next load unless one runs; it takes every request made so far. */
    private void load() {
        Set<UUID> ids;
        boolean all;
        CompletableFuture<Void> done;
        synchronized (this) {
            if (loading || (pendingIds.isEmpty() && !pendingAll)) {
                return;
            }
            loading = true;
            ids = pendingIds;
            all = pendingAll;
            done = nextLoad;
            pendingIds = new HashSet<>();
            pendingAll = false;
            nextLoad = new CompletableFuture<>();
        }
        Uni<Void> step = all ? rows.visible().map(found -> install(found, null))
                : rows.byIds(ids).map(found -> install(found, ids));
        step.subscribe().with(ok -> loaded(done), failure -> {
            LOG.warnf("portal snapshot not refreshed (%s); the next refresh tries again", failure.getMessage());
            loaded(done);
        });
    }

    private void loaded(CompletableFuture<Void> done) {
        synchronized (this) {
            loading = false;
        }
        done.complete(null);
        load();
    }

    /** Installs a whole new state ({@code ids} null) or this state with {@code ids} replaced by their rows. */
    private Void install(List<PortalRows.PortalRow> found, Set<UUID> ids) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        State previous = state;
        Map<UUID, Entry> byId = ids == null || previous == null ? new HashMap<>() : new HashMap<>(previous.byId());
        if (ids != null) {
            ids.forEach(byId::remove);
        }
        for (PortalRows.PortalRow row : found) {
            Entry entry = entry(row);
            if (entry != null && PortalListing.visible(entry.facts(), true, now)) {
                byId.put(entry.facts().id(), entry);
            }
        }
        if (ids != null && previous == null) {
            return null; // no whole load yet: the first one brings these rows too
        }
        List<Entry> ordered = new ArrayList<>(byId.values());
        ordered.sort((a, b) -> PortalListing.ORDER.compare(a.facts(), b.facts()));
        state = new State(List.copyOf(ordered), Map.copyOf(byId));
        return null;
    }

    private Entry entry(PortalRows.PortalRow row) {
        Vacancy v = row.vacancy();
        try {
            var offer = v.details == null ? null : v.details.offer();
            PortalListing.Facts facts = new PortalListing.Facts(v.id, v.status, v.level, v.directorate,
                    v.details == null ? null : v.details.workDomains(),
                    offer == null || offer.contractType() == null ? null : offer.contractType().name(),
                    v.applicationDeadline, v.closedAt, row.lexemes());
            byte[] summary = renderer.summary(v);
            return new Entry(facts, summary, renderer.detail(v), v.id + "-" + v.version, hash(summary));
        } catch (RuntimeException e) {
            LOG.warnf("portal: vacancy %s left out, it cannot be rendered: %s", v.id, e.getMessage());
            return null;
        }
    }

    /** FNV-1a, 64 bits: the list's ETag changes when any line on the page changes. */
    static long hash(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
