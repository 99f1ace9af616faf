package org.werving.vacancy.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The public portal's list rules, as pure functions over the vacancies held in memory: which vacancy a
 * filter shows (published ones; closed ones for {@value #RECENTLY_CLOSED_DAYS} days when asked), the order
 * (deadline, none last, then id in PostgreSQL's uuid order) and the pages (1-based, with one extra item that
 * tells a next page exists).
 */
public final class PortalListing {
    /** How long a closed vacancy stays visible with {@code includeClosed}. */
    public static final int RECENTLY_CLOSED_DAYS = 30;

    /** Deadline first (a vacancy without one last), then the id as PostgreSQL orders uuids (their text). */
    public static final Comparator<Facts> ORDER = Comparator
            .comparing(Facts::deadline, Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
            .thenComparing(f -> f.id().toString());

    private PortalListing() {
    }

    /**
     * What the list filters and orders on. {@code lexemes} are the document's search lexemes with their
     * positions; the directorate and work domains are kept lower-cased, as they are compared.
     */
    public record Facts(UUID id, VacancyStatus status, String level, String directorate, List<String> workDomains,
            String contractType, OffsetDateTime deadline, OffsetDateTime closedAt, Map<String, int[]> lexemes) {
        public Facts {
            directorate = lower(directorate);
            workDomains = workDomains == null ? List.of() : workDomains.stream().map(PortalListing::lower).toList();
            lexemes = lexemes == null ? Map.of() : lexemes;
        }
    }

    /** The portal's filters; blank values filter nothing and are dropped, the others trimmed. */
    public record Filter(String q, String level, String directorate, String workDomain, String contractType,
            OffsetDateTime deadlineAfter, boolean includeClosed) {
        public Filter {
            q = blankToNull(q);
            level = blankToNull(level);
            directorate = lower(blankToNull(directorate));
            workDomain = lower(blankToNull(workDomain));
            contractType = blankToNull(contractType);
        }
    }

    /** Whether {@code filter} (with {@code q} read as {@code query}) shows the vacancy at the moment {@code now}. */
    public static boolean shows(Facts f, Filter filter, TextQuery query, OffsetDateTime now) {
        return visible(f, filter.includeClosed(), now)
                && (filter.level() == null || filter.level().equals(f.level()))
                && (filter.directorate() == null || filter.directorate().equals(f.directorate()))
                && (filter.workDomain() == null || f.workDomains().contains(filter.workDomain()))
                && (filter.contractType() == null || filter.contractType().equals(f.contractType()))
                && (filter.deadlineAfter() == null || f.deadline() != null && f.deadline().isAfter(filter.deadlineAfter()))
                && (filter.q() == null || query.matches(f.lexemes()));
    }

    /** Published; or, when asked, closed less than {@value #RECENTLY_CLOSED_DAYS} days before {@code now}. */
    public static boolean visible(Facts f, boolean includeClosed, OffsetDateTime now) {
        if (f.status() == VacancyStatus.PUBLISHED) {
            return true;
        }
        return includeClosed && f.status() == VacancyStatus.CLOSED && f.closedAt() != null
                && f.closedAt().isAfter(now.minusDays(RECENTLY_CLOSED_DAYS));
    }

    /**
     * Page {@code page} (1-based) of {@code size} of the {@code ordered} items that are {@code shown}, plus the
     * next one when there is one (so a caller can tell that a next page exists).
     */
    public static <T> List<T> page(List<T> ordered, Predicate<T> shown, int page, int size) {
        long skip = (long) (page - 1) * size;
        List<T> out = new ArrayList<>(Math.min(size + 1, ordered.size()));
        for (T item : ordered) {
            if (!shown.test(item)) {
                continue;
            }
            if (skip > 0) {
                skip--;
            } else if (out.add(item) && out.size() > size) {
                break;
            }
        }
        return out;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
