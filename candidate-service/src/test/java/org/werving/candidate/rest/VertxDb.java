package org.werving.candidate.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/** Reads a value straight from this service's database (tests only). */
final class VertxDb {
    private VertxDb() {
    }

    static String string(String sql) {
        return (String) single(sql);
    }

    static long count(String sql) {
        return ((Number) single(sql)).longValue();
    }

    private static Object single(String sql) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> Panache.getSession().flatMap(s -> s.createNativeQuery(sql).getSingleResult())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
