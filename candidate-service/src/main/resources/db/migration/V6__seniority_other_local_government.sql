-- Seniority by scope: the existing level_/grade_/service_seniority_months hold the months earned with
-- this employer (stad or OCMW); these hold the months earned at another local government (not stad or
-- OCMW). Optional on the candidate form: null means not declared. Kept on erasure, like the existing
-- seniority (admission facts, no personal data).
ALTER TABLE application
    ADD COLUMN level_seniority_other_local_government_months   integer
        CHECK (level_seniority_other_local_government_months BETWEEN 0 AND 1200),
    ADD COLUMN grade_seniority_other_local_government_months   integer
        CHECK (grade_seniority_other_local_government_months BETWEEN 0 AND 1200),
    ADD COLUMN service_seniority_other_local_government_months integer
        CHECK (service_seniority_other_local_government_months BETWEEN 0 AND 1200);
