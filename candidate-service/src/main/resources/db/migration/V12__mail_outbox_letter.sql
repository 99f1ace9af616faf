-- A decision mail carries its decision letter as PDF (issue 12): the relay renders it when it sends the mail.
ALTER TABLE mail_outbox ADD COLUMN letter_id uuid;
