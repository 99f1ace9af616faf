-- The moment the candidate holds per stage (issue 14), from selection-service's events:
-- InterviewScheduled sets it (a move replaces it), InterviewCancelled and SlotBookingCancelled remove it.
-- The self-service view shows it so the candidate can move or cancel it.
CREATE TABLE booked_moment (
    application_id   uuid        NOT NULL,
    stage_order      integer     NOT NULL,
    stage_name       text,
    slot_id          uuid        NOT NULL,
    starts_at        timestamptz NOT NULL,
    duration_minutes integer     NOT NULL,
    place            text,
    meeting_link     text,
    booked_at        timestamptz NOT NULL,
    PRIMARY KEY (application_id, stage_order)
);
