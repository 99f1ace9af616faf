-- Read model of the vacancies, fed by werving.vacancy.events: only what applying needs.
CREATE TABLE vacancy (
    id                   uuid PRIMARY KEY,
    title                varchar(200),
    application_deadline timestamptz,
    status               varchar(20) NOT NULL,
    published_at         timestamptz,
    closed_at            timestamptz,
    version              bigint NOT NULL DEFAULT 0
);

-- The only copy of the candidates' personal data.
CREATE TABLE application (
    id                         uuid PRIMARY KEY,
    vacancy_id                 uuid NOT NULL REFERENCES vacancy (id),
    first_name                 varchar(100) NOT NULL,
    last_name                  varchar(100) NOT NULL,
    email                      varchar(254) NOT NULL,
    internal                   boolean NOT NULL,
    diploma_level              varchar(1),
    relevant_experience_months integer NOT NULL CHECK (relevant_experience_months >= 0),
    status                     varchar(40) NOT NULL,
    applied_at                 timestamptz NOT NULL,
    version                    bigint NOT NULL DEFAULT 0
);
-- One application per e-mail address (case-insensitive) per vacancy.
CREATE UNIQUE INDEX application_vacancy_email_uq ON application (vacancy_id, lower(email));

-- What happened to an application, in plain Dutch, one entry per event.
CREATE TABLE timeline_entry (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES application (id),
    event_id       uuid NOT NULL UNIQUE,
    at             timestamptz NOT NULL,
    type           varchar(80) NOT NULL,
    text           text NOT NULL,
    recorded_at    timestamptz NOT NULL
);
CREATE INDEX timeline_entry_application_idx ON timeline_entry (application_id, at);

-- Consumed events, for idempotency: written in the same transaction as the event's effect.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    event_type   varchar(80),
    processed_at timestamptz NOT NULL
);

CREATE TABLE outbox_event (
    seq            bigint GENERATED ALWAYS AS IDENTITY,
    id             uuid PRIMARY KEY,
    aggregate_type varchar(40) NOT NULL,
    aggregate_id   varchar(80) NOT NULL,
    type           varchar(80) NOT NULL,
    payload        text NOT NULL,
    occurred_at    timestamptz NOT NULL,
    published_at   timestamptz
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE published_at IS NULL;
