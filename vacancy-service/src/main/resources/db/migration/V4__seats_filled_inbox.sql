-- Seats filled by permanent appointments from the reserve (CandidateAppointed), and the inbox.
ALTER TABLE vacancy ADD COLUMN seats_filled integer NOT NULL DEFAULT 0;

CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    event_type   varchar(80),
    processed_at timestamptz NOT NULL
);
