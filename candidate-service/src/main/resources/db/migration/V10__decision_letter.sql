-- A formal decision letter per decision about a candidate (issue 12): not admitted, eliminated, passed,
-- placed on a reserve. What the letter decides is the timeline's text of the same event; the scores
-- are the results known when the decision came. The PDF is rendered when it is asked for.
CREATE TABLE decision_letter (
    id             uuid PRIMARY KEY,
    application_id uuid        NOT NULL,
    event_id       uuid        NOT NULL,
    kind           varchar(20) NOT NULL,
    decided_at     timestamptz NOT NULL,
    decision       text        NOT NULL,
    scores         text,
    recorded_at    timestamptz NOT NULL,
    CONSTRAINT decision_letter_event_application_uq UNIQUE (event_id, application_id)
);
CREATE INDEX decision_letter_application_idx ON decision_letter (application_id, decided_at);
