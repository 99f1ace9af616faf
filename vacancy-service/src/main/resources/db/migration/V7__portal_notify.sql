-- The public portal is served from memory (PortalSnapshot): every replica LISTENs on werving_portal and
-- reloads the vacancy named in the payload. NOTIFY is delivered when the writing transaction commits,
-- whoever wrote the row (a replica, the deadline job, a migration, an operator's SQL).
CREATE FUNCTION vacancy_portal_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('werving_portal', OLD.id::text);
    ELSE
        PERFORM pg_notify('werving_portal', NEW.id::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER vacancy_portal_notify AFTER INSERT OR UPDATE OR DELETE ON vacancy
    FOR EACH ROW EXECUTE FUNCTION vacancy_portal_notify();
