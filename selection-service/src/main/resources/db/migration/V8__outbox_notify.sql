-- The outbox relay (werving-chassis) LISTENs on werving_outbox: a transaction that adds events
-- signals it in the same transaction, so the events are published as soon as it commits.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('werving_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
