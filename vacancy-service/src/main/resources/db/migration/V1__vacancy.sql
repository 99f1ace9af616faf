CREATE TABLE vacancy (
    id                      uuid PRIMARY KEY,
    reference               varchar(40),
    title                   varchar(200) NOT NULL,
    formal_title            varchar(200),
    directorate             varchar(200),
    team                    varchar(200),
    level                   varchar(5),
    salary_scale            varchar(20),
    purpose                 text,
    seats                   integer NOT NULL DEFAULT 1,
    status                  varchar(20) NOT NULL,
    application_deadline    timestamptz,
    admission               jsonb,
    procedure               jsonb,
    reserve_validity_months integer NOT NULL DEFAULT 24,
    created_at              timestamptz NOT NULL,
    published_at            timestamptz,
    closed_at               timestamptz,
    version                 bigint NOT NULL DEFAULT 0
);
CREATE INDEX vacancy_status_idx ON vacancy (status, application_deadline);

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
