-- CandidateDataErased: the candidate's admission facts are dropped; ids, statuses, scores and decisions stay
-- (the anonymous record of a public procedure). The erasure itself is recorded here.
ALTER TABLE candidacy ALTER COLUMN facts DROP NOT NULL;
ALTER TABLE candidacy ADD COLUMN data_erased_at timestamptz;

CREATE TABLE candidate_erasure (
    application_id uuid PRIMARY KEY,
    vacancy_id     uuid,
    erased_at      timestamptz,
    reason         varchar(40),
    known          boolean NOT NULL,
    recorded_at    timestamptz NOT NULL
);
