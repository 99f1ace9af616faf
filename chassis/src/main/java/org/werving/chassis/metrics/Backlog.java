package org.werving.chassis.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A queue kept in a table (the outbox, a mail queue) seen as two gauges, {@code <name>_backlog} (how many rows
 * wait) and {@code <name>_oldest_age_seconds} (how old the oldest is). A scrape never touches the database:
 * {@link #refresh()} reads both in one query and the gauges show the last reading ({@code NaN} before the first,
 * or while the database cannot be read). A service declares a queue as a bean that extends this class with its
 * table, its age column and what "waiting" means ({@link #query}); {@link Backlogs} refreshes every such bean on a
 * timer.
 */
public class Backlog {
    private static final Logger LOG = Logger.getLogger(Backlog.class);

    private final String name;
    private final String sql;
    private final Pool pool;
    private final AtomicReference<double[]> reading = new AtomicReference<>(new double[] { Double.NaN, Double.NaN });

    /**
     * @param sql one row of two columns: the number of rows waiting and the age of the oldest in seconds (null when
     *            none waits)
     */
    public Backlog(MeterRegistry registry, Pool pool, String name, String description, String sql) {
        this.name = name;
        this.sql = sql;
        this.pool = pool;
        Gauge.builder(name + ".backlog", reading, r -> r.get()[0]).description(description + ": rows waiting")
                .register(registry);
        Gauge.builder(name + ".oldest.age", reading, r -> r.get()[1]).baseUnit("seconds")
                .description(description + ": age of the oldest row waiting").register(registry);
    }

    /**
     * The query of a queue in {@code table}: the rows {@code waiting} (an SQL predicate of that table) are counted,
     * and the oldest is aged by its {@code since} column (a timestamp).
     */
    public static String query(String table, String since, String waiting) {
        return "SELECT count(*), extract(epoch FROM now() - min(" + since + ")) FROM " + table + " WHERE " + waiting;
    }

    /** Reads the backlog now; a failure leaves NaN, so an alert on the age does not mistake it for an empty queue. */
    public Uni<Void> refresh() {
        return pool.query(sql).execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    Number count = row.getNumeric(0);
                    Number age = row.getNumeric(1);
                    reading.set(new double[] { count == null ? 0 : count.doubleValue(), age == null ? 0 : age.doubleValue() });
                })
                .onFailure().invoke(failure -> {
                    LOG.debugf("%s backlog not read: %s", name, failure.getMessage());
                    reading.set(new double[] { Double.NaN, Double.NaN });
                })
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    public double waiting() {
        return reading.get()[0];
    }

    public double oldestAgeSeconds() {
        return reading.get()[1];
    }
}
