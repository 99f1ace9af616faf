-- A key another writer took: the test consumer's "Races" events lose the race for it (a real unique violation).
CREATE TABLE taken_key (
    key varchar(80) PRIMARY KEY
);
INSERT INTO taken_key (key) VALUES ('taken');
