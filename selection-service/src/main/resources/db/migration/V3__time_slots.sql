-- Time slots HR opens per stage; booked counts the bookings and never exceeds the capacity.
CREATE TABLE time_slot (
    id               uuid PRIMARY KEY,
    vacancy_id       uuid NOT NULL,
    stage_order      integer NOT NULL,
    starts_at        timestamptz NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
    meeting_link     varchar(500),
    place            varchar(300),
    capacity         integer NOT NULL CHECK (capacity > 0),
    booked           integer NOT NULL DEFAULT 0,
    created_by       varchar(200) NOT NULL,
    created_at       timestamptz NOT NULL,
    CONSTRAINT time_slot_not_overbooked CHECK (booked <= capacity)
);
CREATE INDEX time_slot_stage_idx ON time_slot (vacancy_id, stage_order, starts_at);

-- A candidate's booking of a slot: one per candidate and stage.
CREATE TABLE slot_booking (
    id             uuid PRIMARY KEY,
    slot_id        uuid NOT NULL REFERENCES time_slot (id),
    application_id uuid NOT NULL REFERENCES candidacy (application_id),
    stage_order    integer NOT NULL,
    booked_by      varchar(200) NOT NULL,
    booked_at      timestamptz NOT NULL,
    CONSTRAINT slot_booking_once UNIQUE (application_id, stage_order)
);
