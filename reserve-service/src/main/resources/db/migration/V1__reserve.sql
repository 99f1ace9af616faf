-- The vacancies this service has heard of (VacancyPublished): only what the reserve needs.
CREATE TABLE vacancy (
    id                      uuid PRIMARY KEY,
    title                   varchar(200),
    level                   varchar(5),
    directorate             varchar(200),
    reserve_validity_months integer NOT NULL DEFAULT 24,
    published_at            timestamptz,
    received_at             timestamptz NOT NULL
);

-- One entry per laureate (SelectionPassed); an application is on at most one reserve.
CREATE TABLE reserve_entry (
    id             uuid PRIMARY KEY,
    vacancy_id     uuid NOT NULL,
    application_id uuid NOT NULL,
    reserve_type   varchar(20) NOT NULL,
    final_score    double precision NOT NULL,
    created_at     timestamptz NOT NULL,
    valid_until    date NOT NULL,
    state          varchar(20) NOT NULL,
    CONSTRAINT reserve_entry_application_uq UNIQUE (application_id)
);
CREATE INDEX reserve_entry_vacancy_idx ON reserve_entry (vacancy_id);

-- Events consumed: written in the same transaction as their effect (idempotent consumption).
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    event_type   varchar(80) NOT NULL,
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
