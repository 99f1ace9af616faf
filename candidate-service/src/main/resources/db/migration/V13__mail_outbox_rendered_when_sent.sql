-- A mail is stored as its template (kind) and values (data, JSON) and rendered by the mail relay when it is sent
-- (issue 11: not inside the request that queued it). subject/body stay for rows queued before this change.
ALTER TABLE mail_outbox ADD COLUMN data text;
ALTER TABLE mail_outbox ALTER COLUMN subject DROP NOT NULL;
