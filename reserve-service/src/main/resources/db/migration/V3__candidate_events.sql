-- Applications withdrawn by the candidate (ApplicationWithdrawn): ids only. A withdrawn application's entry
-- ends, and a laureate event that arrives after the withdrawal (another topic) creates no entry.
CREATE TABLE withdrawn_application (
    application_id uuid PRIMARY KEY,
    vacancy_id     uuid,
    withdrawn_at   timestamptz NOT NULL,
    received_at    timestamptz NOT NULL
);
