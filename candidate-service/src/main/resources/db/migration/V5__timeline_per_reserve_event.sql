-- A reserve event (ReserveExtended, ReserveExpired: keyed by reserve id) adds one timeline entry to
-- each application on that reserve, so an event id is unique per application, not overall.
ALTER TABLE timeline_entry DROP CONSTRAINT IF EXISTS timeline_entry_event_id_key;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_event_application_uq UNIQUE (event_id, application_id);

-- Self-service booking: the last stage scored for the application (InterviewScored), so that a
-- booking request without a stage asks for the next one.
ALTER TABLE application ADD COLUMN last_scored_stage integer;
