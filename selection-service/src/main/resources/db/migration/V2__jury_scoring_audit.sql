-- Who decided (token subject of the staff member, or "system" for automatic decisions).
ALTER TABLE decision ADD COLUMN decided_by varchar(200) NOT NULL DEFAULT 'system';

-- The jury of one stage of one procedure: members by token subject, external members flagged.
CREATE TABLE jury_member (
    id          uuid PRIMARY KEY,
    vacancy_id  uuid NOT NULL,
    stage_order integer NOT NULL,
    subject     varchar(200) NOT NULL,
    external    boolean NOT NULL,
    assigned_by varchar(200) NOT NULL,
    assigned_at timestamptz NOT NULL,
    CONSTRAINT jury_member_once UNIQUE (vacancy_id, stage_order, subject)
);

-- One jury member's score of one candidate on one component of one stage (on the stage's scale).
CREATE TABLE member_score (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES candidacy (application_id),
    vacancy_id     uuid NOT NULL,
    stage_order    integer NOT NULL,
    member         varchar(200) NOT NULL,
    component      varchar(80) NOT NULL,
    score          numeric(6, 2) NOT NULL,
    recorded_by    varchar(200) NOT NULL,
    scored_at      timestamptz NOT NULL,
    CONSTRAINT member_score_once UNIQUE (application_id, stage_order, member, component)
);
CREATE INDEX member_score_stage_idx ON member_score (vacancy_id, stage_order);

-- A closed stage: its scores are final, the pass mark and the top-N cut have been applied.
CREATE TABLE stage_closure (
    vacancy_id  uuid NOT NULL,
    stage_order integer NOT NULL,
    closed_by   varchar(200) NOT NULL,
    closed_at   timestamptz NOT NULL,
    tie_rule    varchar(40) NOT NULL,
    PRIMARY KEY (vacancy_id, stage_order)
);

-- The candidate's rank among the stage's participants when the stage was closed.
ALTER TABLE stage_score ADD COLUMN rank integer;

-- The capacity test: when it was taken and who ran it.
ALTER TABLE candidacy ADD COLUMN capacity_test_date date;
ALTER TABLE candidacy ADD COLUMN capacity_test_provider varchar(200);
