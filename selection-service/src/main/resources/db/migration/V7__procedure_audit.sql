-- The procedure's own audit trail next to each candidacy's decisions: jury assignments, every score recorded or
-- corrected (with the previous value), stage closures, time slots opened, seats booked and freed. Never updated.
CREATE TABLE procedure_audit (
    id             uuid PRIMARY KEY,
    seq            bigserial NOT NULL,
    vacancy_id     uuid NOT NULL,
    stage_order    integer,
    application_id uuid,
    action         varchar(40) NOT NULL,
    actor          varchar(200) NOT NULL,
    at             timestamptz NOT NULL,
    detail         text NOT NULL
);
CREATE INDEX procedure_audit_vacancy_idx ON procedure_audit (vacancy_id, seq);
