-- The reserve a laureate is on (RECRUITMENT or PROMOTION, from ReserveEntryCreated): staff admitted through the
-- external conditions are on the recruitment reserve, so the reserve's later events find them by this, not by
-- whether they are internal.
ALTER TABLE application ADD COLUMN reserve_type varchar(20);
