package org.werving.chassis.postgres;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.werving.chassis.app.Pipeline.PATIENCE;

/** The one LISTEN connection against a real PostgreSQL: payloads heard, a lost connection reopened and announced. */
@QuarkusTest
class PgListenerTest {
    private static final String CHANNEL = "werving_listener_test";

    @Inject
    PgListener listener;
    @Inject
    Pool pool;

    @Test
    void notificationsAreHeardAndALostConnectionIsReopenedAndAnnounced() {
        List<String> heard = new CopyOnWriteArrayList<>();
        AtomicInteger subscriptions = new AtomicInteger();
        listener.listen(CHANNEL, heard::add, subscriptions::incrementAndGet);
        await().atMost(PATIENCE).until(() -> subscriptions.get() >= 1);
        notify("first");
        await().atMost(PATIENCE).until(() -> heard.contains("first"));

        int before = subscriptions.get();
        assertEquals(1, listening(), "one LISTEN connection for the whole service (the outbox relay's channel too)");
        pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'chassis-test"
                + PgListener.SUFFIX + "'").execute().await().atMost(PATIENCE);
        await().atMost(PATIENCE).until(() -> subscriptions.get() > before);
        notify("after the reconnection");
        await().atMost(PATIENCE).until(() -> heard.contains("after the reconnection"));

        List<String> other = new CopyOnWriteArrayList<>();
        listener.listen(CHANNEL + "_2", other::add, () -> { });
        await().atMost(PATIENCE).until(() -> {
            notify(CHANNEL + "_2", "second channel");
            return other.contains("second channel");
        });
        assertEquals(1, listening(), "a second channel on the same connection");
    }

    private long listening() {
        return pool.query("SELECT pid FROM pg_stat_activity WHERE application_name = 'chassis-test" + PgListener.SUFFIX + "'")
                .execute().await().atMost(PATIENCE).size();
    }

    private void notify(String payload) {
        notify(CHANNEL, payload);
    }

    private void notify(String channel, String payload) {
        pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(channel, payload)).await().atMost(PATIENCE);
    }
}
