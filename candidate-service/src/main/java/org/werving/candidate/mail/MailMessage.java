package org.werving.candidate.mail;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A mail to a candidate, waiting in the mail outbox or sent. */
@Entity
@Table(name = "mail_outbox")
public class MailMessage extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "application_id")
    public UUID applicationId;
    public String kind;
    public String recipient;
    public String subject;
    public String body;
    /** The template's values as JSON, rendered when the mail is sent (then cleared: it may hold the secret link). */
    public String data;
    public String ics;
    /** The decision letter the mail carries as PDF (rendered when it is sent); null: none. */
    @Column(name = "letter_id")
    public UUID letterId;
    public String state;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
