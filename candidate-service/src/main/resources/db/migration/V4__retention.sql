-- Retention: personal data is erased a configurable period after the candidate leaves the
-- procedure (not admitted, eliminated, withdrawn) or after their reserve expires.
ALTER TABLE application
    ADD COLUMN left_procedure_at   timestamptz,
    ADD COLUMN reserve_valid_until date;
CREATE INDEX application_retention_idx ON application (left_procedure_at, reserve_valid_until) WHERE erased_at IS NULL;
