package org.werving.candidate.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A CV or motivation letter, stored in this database (bytea) with the application it belongs to. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends PanacheEntityBase {
    public static final String CV = "CV";
    public static final String MOTIVATION_LETTER = "MOTIVATION_LETTER";

    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    public String kind;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public int sizeBytes;
    public byte[] content;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
}
