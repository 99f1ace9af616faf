-- The tables a service keeps for the chassis (each service has them in its own migrations).
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

-- The relay LISTENs on werving_outbox: a transaction that adds events signals it when it commits.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('werving_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- The test application's effect: one row per applied event, in the order applied.
CREATE TABLE effect (
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    event_id   uuid NOT NULL,
    subject    varchar(80) NOT NULL,
    n          int NOT NULL
);
