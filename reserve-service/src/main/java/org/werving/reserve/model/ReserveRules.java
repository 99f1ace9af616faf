package org.werving.reserve.model;


import java.time.LocalDate;

/**
 * What happens to a laureate's place after an appointment or a declined offer. Configured with
 * {@code werving.reserve.rules.*} (defaults in brackets):
 * <ul>
 * <li>{@code temporary-keeps-place} [true]: after a temporary appointment the laureate keeps their
 * place for a later permanent appointment (state TEMPORARILY_APPOINTED); when false a temporary
 * appointment ends the entry.</li>
 * <li>A permanent appointment always ends the entry (state APPOINTED).</li>
 * <li>{@code declines-kept} [1]: how many declined offers a laureate may make and keep their place;
 * the next decline ends the entry (default: the first decline keeps the place, the second ends it).</li>
 * <li>{@code temporary-declines-count} [true]: whether declining a temporary offer counts as a decline;
 * when false only declined permanent offers count.</li>
 * </ul>
 * Availability: for a permanent appointment an ACTIVE entry, or a TEMPORARILY_APPOINTED one (it kept
 * its place); for a temporary appointment an ACTIVE entry, or a TEMPORARILY_APPOINTED one whose
 * replacement ends before the new one starts.
 */
public record ReserveRules(boolean temporaryKeepsPlace, int declinesKept, boolean temporaryDeclinesCount) {
    public static final ReserveRules DEFAULTS = new ReserveRules(true, 1, true);

    public ReserveRules {
        if (declinesKept < 0) {
            throw new IllegalArgumentException("werving.reserve.rules.declines-kept must not be negative");
        }
    }

    /** Can this entry be offered an appointment of this kind starting on that day? */
    public boolean availableFor(ReserveEntry entry, AppointmentKind kind, LocalDate startDate) {
        return switch (entry.state) {
            case ACTIVE -> true;
            case TEMPORARILY_APPOINTED -> kind == AppointmentKind.PERMANENT
                    || (entry.temporaryUntil != null && entry.temporaryUntil.isBefore(startDate));
            case APPOINTED, ENDED -> false;
        };
    }

    /** The entry's state after an appointment of this kind. */
    public EntryState afterAppointment(AppointmentKind kind) {
        if (kind == AppointmentKind.PERMANENT) {
            return EntryState.APPOINTED;
        }
        return temporaryKeepsPlace ? EntryState.TEMPORARILY_APPOINTED : EntryState.ENDED;
    }

    /** Does declining an offer of this kind count? */
    public boolean declineCounts(AppointmentKind kind) {
        return kind == AppointmentKind.PERMANENT || temporaryDeclinesCount;
    }

    /** The entry's state after a declined offer, given the number of counted declines (this one included). */
    public EntryState afterDecline(EntryState current, int countedDeclines) {
        return countedDeclines > declinesKept ? EntryState.ENDED : current;
    }
}
