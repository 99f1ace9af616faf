-- A member scores a component once per competency it measures (competency null: the component as a whole).
ALTER TABLE member_score ADD COLUMN competency varchar(120);
ALTER TABLE member_score DROP CONSTRAINT member_score_once;
CREATE UNIQUE INDEX member_score_once ON member_score (application_id, stage_order, member, component,
    coalesce(competency, ''));
