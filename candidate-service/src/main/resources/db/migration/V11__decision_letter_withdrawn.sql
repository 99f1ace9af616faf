-- A decision overturned by a later one (HR admits a refused candidate on review, issue 12): its letter stays
-- for the record but says from when it no longer holds.
ALTER TABLE decision_letter ADD COLUMN withdrawn_at timestamptz;
