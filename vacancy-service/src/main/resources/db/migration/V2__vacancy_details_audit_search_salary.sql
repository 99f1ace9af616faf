-- The posting's descriptive content, who did what, and the portal's Dutch full-text search.
ALTER TABLE vacancy
    ADD COLUMN details      jsonb,
    ADD COLUMN created_by   varchar(200),
    ADD COLUMN updated_by   varchar(200),
    ADD COLUMN published_by varchar(200),
    ADD COLUMN closed_by    varchar(200),
    ADD COLUMN close_reason varchar(500);

-- Titles weigh most, then purpose, then responsibilities and competencies (names and definitions).
ALTER TABLE vacancy ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch'::regconfig, coalesce(title, '') || ' ' || coalesce(formal_title, '')), 'A')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(purpose, '')), 'B')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(details -> 'responsibilities', '[]'::jsonb)), 'C')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(details -> 'competencies', '[]'::jsonb)), 'C')
    || setweight(to_tsvector('dutch'::regconfig, coalesce(details -> 'workDomains', '[]'::jsonb)), 'C')
) STORED;
CREATE INDEX vacancy_search_idx ON vacancy USING gin (search);
-- The portal list: published vacancies in deadline order, id as tie breaker (stable pages).
CREATE INDEX vacancy_portal_idx ON vacancy (status, application_deadline, id);

-- Every staff write, with the authenticated subject.
CREATE TABLE vacancy_audit (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vacancy_id uuid NOT NULL REFERENCES vacancy (id),
    action     varchar(40) NOT NULL,
    actor      varchar(200) NOT NULL,
    at         timestamptz NOT NULL,
    reason     text,
    changes    jsonb
);
CREATE INDEX vacancy_audit_vacancy_idx ON vacancy_audit (vacancy_id, seq);

-- Salary scales as data: gross monthly starting pay per scale and counted year of experience,
-- per indexation. The estimate uses the newest indexation that is in force.
CREATE TABLE salary_scale_step (
    scale           varchar(20)   NOT NULL,
    indexation_date date          NOT NULL,
    years           integer       NOT NULL CHECK (years >= 0),
    monthly_gross   numeric(10,2) NOT NULL,
    PRIMARY KEY (scale, indexation_date, years)
);
