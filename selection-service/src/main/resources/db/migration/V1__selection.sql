-- Our own copy of what a published vacancy says about its selection: admission conditions and stages.
CREATE TABLE vacancy_procedure (
    vacancy_id              uuid PRIMARY KEY,
    reference               varchar(40),
    title                   varchar(200),
    admission               jsonb NOT NULL,
    procedure               jsonb NOT NULL,
    reserve_validity_months integer,
    published_at            timestamptz,
    received_at             timestamptz NOT NULL
);

-- One candidate in one procedure, keyed by the candidate-service's application id.
CREATE TABLE candidacy (
    application_id         uuid PRIMARY KEY,
    vacancy_id             uuid NOT NULL,
    internal               boolean NOT NULL,
    facts                  jsonb NOT NULL,
    applied_at             timestamptz,
    status                 varchar(30) NOT NULL,
    current_stage          integer,
    capacity_test_required boolean NOT NULL DEFAULT false,
    screening              jsonb,
    capacity_test_passed   boolean,
    capacity_test_score    numeric(5, 2),
    motivation             text,
    received_at            timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL DEFAULT 0
);
CREATE INDEX candidacy_vacancy_idx ON candidacy (vacancy_id, status);

-- The score of one candidate on one stage (the later jury issue adds per-member scores).
CREATE TABLE stage_score (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES candidacy (application_id),
    stage_order    integer NOT NULL,
    stage_type     varchar(40),
    stage_name     varchar(200),
    score          numeric(5, 2) NOT NULL,
    pass_mark      integer NOT NULL,
    passed         boolean NOT NULL,
    scored_at      timestamptz NOT NULL,
    CONSTRAINT stage_score_once UNIQUE (application_id, stage_order)
);

-- Audit trail: every state change of a candidacy with its motivation.
CREATE TABLE decision (
    id             uuid PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY,
    application_id uuid NOT NULL,
    at             timestamptz NOT NULL,
    kind           varchar(40) NOT NULL,
    status         varchar(30) NOT NULL,
    motivation     text NOT NULL
);
CREATE INDEX decision_application_idx ON decision (application_id, seq);

-- Consumed events, for idempotent consumption.
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
