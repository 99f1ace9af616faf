package org.werving.reserve.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The dashboard's copy of a vacancy: title, reference and the labels of its admission alternatives. */
@Entity
@Table(name = "dash_vacancy")
public class DashVacancy extends PanacheEntityBase {
    private static final String SEPARATOR = "\n";

    @Id
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    public String title;
    public String reference;
    /** The internal alternatives' labels, one a line. */
    @Column(name = "internal_labels")
    public String internalLabels;
    @Column(name = "external_labels")
    public String externalLabels;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Takes the published (or amended) vacancy's title, reference and alternatives. */
    public void describe(String title, String reference, Collection<String> internal, Collection<String> external,
            OffsetDateTime at) {
        this.title = title;
        this.reference = reference;
        this.internalLabels = join(internal);
        this.externalLabels = join(external);
        this.updatedAt = at;
    }

    /**
     * The admission route of a candidate admitted through {@code alternative}: one of the vacancy's internal
     * alternatives, or (an HR decision, or a label not known here) an internal candidate, is INTERNAL; then a
     * capacity test means EXPERIENCE_AND_TEST; else DIPLOMA.
     */
    public static AdmissionRoute route(DashVacancy vacancy, String alternative, Boolean internalCandidate,
            boolean capacityTestRequired) {
        boolean internalAlternative = vacancy != null && split(vacancy.internalLabels).contains(alternative);
        boolean externalAlternative = vacancy != null && split(vacancy.externalLabels).contains(alternative);
        if (internalAlternative || (!externalAlternative && Boolean.TRUE.equals(internalCandidate))) {
            return AdmissionRoute.INTERNAL;
        }
        return capacityTestRequired ? AdmissionRoute.EXPERIENCE_AND_TEST : AdmissionRoute.DIPLOMA;
    }

    private static String join(Collection<String> labels) {
        return labels == null ? null : String.join(SEPARATOR, labels.stream().filter(Objects::nonNull).toList());
    }

    private static List<String> split(String labels) {
        return labels == null || labels.isEmpty() ? List.of() : Arrays.asList(labels.split(SEPARATOR));
    }
}
