package org.werving.chassis.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs asynchronous steps one after the other, in order, on the caller's context (the same reactive session and
 * transaction). A loop of {@code chain = chain.flatMap(...)} nests one operator per step and, with a few hundred
 * steps, overflows the stack in a callback, so the Uni never completes; concatenation here runs step after step
 * without nesting. The first failing step stops the rest and fails the whole.
 */
public final class Steps {
    private Steps() {
    }

    /** Applies {@code step} to each item in order, each after the previous one completed. */
    public static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> step.apply(item).replaceWith(Boolean.TRUE))
                .collect().last().replaceWithVoid();
    }

    /** Runs the given steps in order. */
    public static Uni<Void> run(List<Supplier<Uni<?>>> steps) {
        return each(steps, Supplier::get);
    }
}
