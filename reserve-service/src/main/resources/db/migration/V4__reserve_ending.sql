-- HR may end a reserve before its validity runs out, by a decision with a written motivation (ReserveEnded).
ALTER TABLE reserve ADD COLUMN ended_at timestamptz;
ALTER TABLE reserve ADD COLUMN ended_on date;
ALTER TABLE reserve ADD COLUMN ended_by varchar(200);
ALTER TABLE reserve ADD COLUMN end_reason text;
ALTER TABLE reserve ADD COLUMN end_decision_reference varchar(100);
ALTER TABLE reserve ADD COLUMN end_decision_date date;
