package org.werving.chassis.openapi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Unique operationIds from the resource methods' names (quarkus.smallrye-openapi.operation-id-strategy=METHOD): a
 * name used once stays as it is ({@code apply}); a name several operations share ({@code list} on
 * {@code GET /vacancies} and {@code GET /hr/vacancies}) gets the fixed segments of its path appended
 * ({@code listVacancies}, {@code listHrVacancies}), and a number if that is still not unique.
 */
public final class OperationIds {
    private OperationIds() {
    }

    /** An operation as far as its id is concerned: its current id (or null), its method and its path. */
    public record Key(String operationId, String method, String path) {
    }

    /** The id each operation gets, in the order given. */
    public static List<String> unique(List<Key> operations) {
        Map<String, Long> uses = operations.stream().map(OperationIds::base)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        Map<String, Integer> taken = new HashMap<>();
        return operations.stream().map(op -> {
            String base = base(op);
            String id = uses.get(base) == 1 ? base : base + pathWords(op.path());
            int n = taken.merge(id, 1, Integer::sum);
            return n == 1 ? id : id + n;
        }).toList();
    }

    private static String base(Key op) {
        if (op.operationId() != null && !op.operationId().isBlank()) {
            return op.operationId();
        }
        return op.method().toLowerCase(Locale.ROOT);
    }

    /** {@code /hr/vacancies/{id}/publish} → {@code HrVacanciesPublish}: the fixed segments, each capitalised. */
    static String pathWords(String path) {
        StringBuilder words = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{")) {
                continue;
            }
            for (String word : segment.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    words.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return words.length() == 0 ? "Root" : words.toString();
    }
}
