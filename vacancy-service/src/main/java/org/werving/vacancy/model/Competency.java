package org.werving.vacancy.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** An entry of the competency catalogue: a name a vacancy may measure and its default definition. */
@Entity
@Table(name = "competency")
public class Competency extends PanacheEntityBase {
    @Id
    public String name;
    public String definition;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static Uni<List<Competency>> catalogue() {
        return list("order by name");
    }

    /** The catalogue's names, lower case (names match case-insensitively). */
    public static Uni<Set<String>> names() {
        return catalogue().map(all -> all.stream().map(c -> key(c.name)).collect(Collectors.toSet()));
    }

    public static Uni<Competency> findByName(String name) {
        return find("lower(name) = ?1", key(name)).firstResult();
    }

    public static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
