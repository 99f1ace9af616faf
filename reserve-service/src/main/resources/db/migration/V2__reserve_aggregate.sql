-- The vacancy's reserve plan says whether its reserves may be extended (VacancyPublished reservePlan.extendable).
ALTER TABLE vacancy ADD COLUMN reserve_extendable boolean NOT NULL DEFAULT true;

-- A reserve: one per vacancy and reserve type (recruitment / promotion), with its validity.
CREATE TABLE reserve (
    id              uuid PRIMARY KEY,
    vacancy_id      uuid NOT NULL,
    reserve_type    varchar(20) NOT NULL,
    starts_on       date NOT NULL,
    valid_until     date NOT NULL,
    extended        boolean NOT NULL DEFAULT false,
    state           varchar(20) NOT NULL,
    created_at      timestamptz NOT NULL,
    expired_at      timestamptz,
    CONSTRAINT reserve_vacancy_type_uq UNIQUE (vacancy_id, reserve_type)
);
CREATE INDEX reserve_due_idx ON reserve (valid_until) WHERE state = 'ACTIVE';

-- The entries of the walking skeleton get their reserve.
INSERT INTO reserve (id, vacancy_id, reserve_type, starts_on, valid_until, state, created_at)
SELECT gen_random_uuid(), vacancy_id, reserve_type, min((created_at AT TIME ZONE 'Europe/Brussels')::date),
       max(valid_until), 'ACTIVE', min(created_at)
FROM reserve_entry GROUP BY vacancy_id, reserve_type;

ALTER TABLE reserve_entry ADD COLUMN reserve_id uuid REFERENCES reserve (id);
UPDATE reserve_entry e SET reserve_id = r.id FROM reserve r
 WHERE r.vacancy_id = e.vacancy_id AND r.reserve_type = e.reserve_type;
ALTER TABLE reserve_entry ALTER COLUMN reserve_id SET NOT NULL;
ALTER TABLE reserve_entry ALTER COLUMN state TYPE varchar(30);
ALTER TABLE reserve_entry ADD COLUMN declines integer NOT NULL DEFAULT 0;
ALTER TABLE reserve_entry ADD COLUMN temporary_until date;
-- rank in the procedure's final ranking (SelectionCompleted): carries the procedure's tie rule
ALTER TABLE reserve_entry ADD COLUMN procedure_rank integer;
ALTER TABLE reserve_entry ADD COLUMN version integer NOT NULL DEFAULT 0;
CREATE INDEX reserve_entry_reserve_idx ON reserve_entry (reserve_id);

-- HR's extensions of a reserve, each with its decision.
CREATE TABLE reserve_extension (
    id                   uuid PRIMARY KEY,
    reserve_id           uuid NOT NULL REFERENCES reserve (id),
    decision_reference   varchar(100) NOT NULL,
    decision_date        date NOT NULL,
    previous_valid_until date NOT NULL,
    valid_until          date NOT NULL,
    extended_by          varchar(200) NOT NULL,
    extended_at          timestamptz NOT NULL
);
CREATE INDEX reserve_extension_reserve_idx ON reserve_extension (reserve_id);

-- Appointments from a reserve (permanent or temporary).
CREATE TABLE appointment (
    id             uuid PRIMARY KEY,
    reserve_id     uuid NOT NULL REFERENCES reserve (id),
    entry_id       uuid NOT NULL REFERENCES reserve_entry (id),
    vacancy_id     uuid NOT NULL,
    application_id uuid NOT NULL,
    kind           varchar(20) NOT NULL,
    team           varchar(200) NOT NULL,
    start_date     date NOT NULL,
    end_date       date,
    reason         varchar(500),
    appointed_by   varchar(200) NOT NULL,
    appointed_at   timestamptz NOT NULL
);
CREATE INDEX appointment_entry_idx ON appointment (entry_id);

-- Every change to an entry: who, when, what, why.
CREATE TABLE entry_change (
    id         uuid PRIMARY KEY,
    entry_id   uuid NOT NULL REFERENCES reserve_entry (id),
    changed_at timestamptz NOT NULL,
    changed_by varchar(200) NOT NULL,
    action     varchar(40) NOT NULL,
    from_state varchar(30),
    to_state   varchar(30) NOT NULL,
    reason     varchar(500)
);
CREATE INDEX entry_change_entry_idx ON entry_change (entry_id, changed_at);

INSERT INTO entry_change (id, entry_id, changed_at, changed_by, action, from_state, to_state, reason)
SELECT gen_random_uuid(), id, created_at, 'system', 'CREATED', NULL, state, 'SelectionPassed'
FROM reserve_entry;
