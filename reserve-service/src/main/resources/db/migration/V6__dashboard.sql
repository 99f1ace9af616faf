-- The dashboard's read model (docs/architecture.md "Dashboard"): fed by the consumed events and by this
-- service's own entries and appointments, in the same transaction as the inbox row; never computed from the
-- live tables per request. One row per application and one per application and stage, so a period is an
-- index range and the medians are percentiles over pre-aggregated rows.

-- Titles, references and how the vacancy's admission alternatives are labelled (VacancyPublished/Amended).
CREATE TABLE dash_vacancy (
    vacancy_id      uuid PRIMARY KEY,
    title           varchar(200),
    reference       varchar(60),
    internal_labels text,
    external_labels text,
    updated_at      timestamptz NOT NULL
);

-- The names of a vacancy's stages (VacancyPublished/Amended, else InterviewScored's stageName).
CREATE TABLE dash_vacancy_stage (
    id          uuid PRIMARY KEY,
    vacancy_id  uuid NOT NULL,
    stage_order integer NOT NULL,
    name        varchar(200),
    CONSTRAINT dash_vacancy_stage_uq UNIQUE (vacancy_id, stage_order)
);

-- One row per application: the funnel's steps and the admission route. applied_on is the Brussels date of
-- CandidateApplied's appliedAt: the period of the dashboard.
CREATE TABLE dash_application (
    application_id         uuid PRIMARY KEY,
    vacancy_id             uuid NOT NULL,
    applied_at             timestamptz,
    applied_on             date,
    internal               boolean,
    admitted               boolean NOT NULL DEFAULT false,
    admitted_at            timestamptz,
    route                  varchar(20),
    capacity_test_required boolean NOT NULL DEFAULT false,
    capacity_test_taken    boolean NOT NULL DEFAULT false,
    capacity_test_passed   boolean NOT NULL DEFAULT false,
    reserve_at             timestamptz,
    appointed_at           timestamptz,
    hire_days              double precision
);
CREATE INDEX dash_application_period_idx ON dash_application (applied_on, vacancy_id);
CREATE INDEX dash_application_vacancy_idx ON dash_application (vacancy_id, applied_on);

-- One row per application and stage it entered: when it entered, when the stage's result was final, the
-- outcome (null while undecided) and the hours in between.
CREATE TABLE dash_stage (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL,
    vacancy_id     uuid NOT NULL,
    stage_order    integer NOT NULL,
    applied_on     date,
    entered_at     timestamptz,
    decided_at     timestamptz,
    passed         boolean,
    hours          double precision,
    CONSTRAINT dash_stage_uq UNIQUE (application_id, stage_order)
);
CREATE INDEX dash_stage_period_idx ON dash_stage (applied_on, vacancy_id, stage_order);
CREATE INDEX dash_stage_vacancy_idx ON dash_stage (vacancy_id, applied_on);
