-- Mails to candidates, written in the same transaction as the step they announce and sent by the
-- MailRelay: a row is claimed with a conditional UPDATE (one replica wins), sent over SMTP with a
-- stable Message-ID, then marked SENT. The body is cleared once sent (it may hold the secret link);
-- erasure deletes the candidate's rows.
CREATE TABLE mail_outbox (
    id             uuid PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY,
    application_id uuid NOT NULL REFERENCES application (id),
    kind           varchar(40) NOT NULL,
    recipient      varchar(254) NOT NULL,
    subject        varchar(300) NOT NULL,
    body           text,
    ics            text,
    state          varchar(20) NOT NULL,
    attempts       integer NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    claimed_at     timestamptz,
    sent_at        timestamptz,
    last_error     text
);
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (seq) WHERE state <> 'SENT';
