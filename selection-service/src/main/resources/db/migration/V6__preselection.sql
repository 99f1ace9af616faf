-- HR's preselection on relevant experience and motivation (RETAINED / NOT_RETAINED), null until recorded.
ALTER TABLE candidacy ADD COLUMN preselection varchar(20);
