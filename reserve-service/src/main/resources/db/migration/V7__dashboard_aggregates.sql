-- The dashboard's pre-aggregates (docs/architecture.md "The HR dashboard", issue 15): per vacancy (and per
-- vacancy and stage) and per calendar unit of applied_on (a year 'Y', a month 'M', a day 'D') the counts of the
-- funnel and a histogram of the measured durations. A period is read as its whole years, then its whole months,
-- then its remaining days, so a request sums a few rows per vacancy instead of every application.
--
-- They are kept by triggers on the read model's rows, in the same transaction as the row's change: whatever
-- writes dash_application or dash_stage (the projection, a migration, a repair in SQL) keeps them right. The
-- trigger subtracts the old row's contribution and adds the new one's.
--
-- Histograms: fixed buckets of the value (hours in a stage, days to hire), eight per doubling: bucket 0 holds
-- v < 1, bucket k (1..126) holds 2^((k-1)/8) <= v < 2^(k/8), bucket 127 everything from 2^(126/8) (about 55,000).
-- Stored sparse and sorted as bigint entries bucket * 2^32 + count. The service merges them and reads the median
-- and p90 (see org.werving.reserve.model.Histogram for the resolution).

CREATE FUNCTION dash_bucket(v double precision) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN v IS NULL THEN NULL
                WHEN v < 1 THEN 0
                ELSE least(1 + floor(8 * ln(v) / ln(2::double precision))::integer, 127) END
$$;

-- The histogram h with d added to bucket b's count (b null: unchanged); a count that reaches zero is dropped.
CREATE FUNCTION dash_hist_add(h bigint[], b integer, d integer) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN b IS NULL OR d = 0 THEN h ELSE (
        SELECT coalesce(array_agg(e ORDER BY e), '{}'::bigint[])
          FROM (SELECT CASE WHEN x >> 32 = b THEN x + d ELSE x END AS e FROM unnest(h) x
                UNION ALL
                SELECT (b::bigint << 32) + d WHERE NOT EXISTS (SELECT 1 FROM unnest(h) y WHERE y >> 32 = b)) t
         WHERE e & 4294967295 <> 0) END
$$;

-- Concatenates histograms of one group; the service adds up the entries of equal buckets.
CREATE AGGREGATE dash_hist_cat(bigint[]) (SFUNC = array_cat, STYPE = bigint[], INITCOND = '{}');

CREATE TABLE dash_agg_vacancy (
    vacancy_id uuid    NOT NULL,
    unit       char(1) NOT NULL,
    starts     date    NOT NULL,
    applied    integer NOT NULL DEFAULT 0,
    admitted   integer NOT NULL DEFAULT 0,
    ct_taken   integer NOT NULL DEFAULT 0,
    ct_passed  integer NOT NULL DEFAULT 0,
    reserve    integer NOT NULL DEFAULT 0,
    appointed  integer NOT NULL DEFAULT 0,
    diploma    integer NOT NULL DEFAULT 0,
    experience integer NOT NULL DEFAULT 0,
    internal   integer NOT NULL DEFAULT 0,
    hired      integer NOT NULL DEFAULT 0,
    hire_hist  bigint[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (vacancy_id, unit, starts)
);
CREATE INDEX dash_agg_vacancy_period_idx ON dash_agg_vacancy (unit, starts);

CREATE TABLE dash_agg_stage (
    vacancy_id  uuid    NOT NULL,
    stage_order integer NOT NULL,
    unit        char(1) NOT NULL,
    starts      date    NOT NULL,
    entered     integer NOT NULL DEFAULT 0,
    passed      integer NOT NULL DEFAULT 0,
    eliminated  integer NOT NULL DEFAULT 0,
    measured    integer NOT NULL DEFAULT 0,
    hours_hist  bigint[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (vacancy_id, unit, starts, stage_order)
);
CREATE INDEX dash_agg_stage_period_idx ON dash_agg_stage (unit, starts);

-- The exact median and p90 of a small group read only its measured rows.
CREATE INDEX dash_application_hire_idx ON dash_application (vacancy_id, applied_on) INCLUDE (hire_days)
    WHERE hire_days IS NOT NULL;

-- The year, month and day rows a date counts in, in a stable order.
CREATE FUNCTION dash_units(d date) RETURNS TABLE (unit char(1), starts date) LANGUAGE sql IMMUTABLE AS $$
    VALUES ('Y'::char(1), date_trunc('year', d::timestamp)::date),
           ('M'::char(1), date_trunc('month', d::timestamp)::date),
           ('D'::char(1), d)
$$;

-- One application row's contribution, times sign (+1 added, -1 taken away). All counter rows of a vacancy are
-- changed under one transaction-scoped advisory lock of that vacancy, taken first: concurrent consumers of one
-- vacancy queue on it instead of locking counter rows in different orders (no deadlock).
CREATE FUNCTION dash_application_count(r dash_application, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF r.applied_on IS NULL OR r.vacancy_id IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(1515, hashtext(r.vacancy_id::text));
    INSERT INTO dash_agg_vacancy AS a (vacancy_id, unit, starts, applied, admitted, ct_taken, ct_passed, reserve,
                                       appointed, diploma, experience, internal, hired, hire_hist)
    SELECT r.vacancy_id, u.unit, u.starts, sign,
           CASE WHEN r.admitted THEN sign ELSE 0 END,
           CASE WHEN r.capacity_test_taken THEN sign ELSE 0 END,
           CASE WHEN r.capacity_test_passed THEN sign ELSE 0 END,
           CASE WHEN r.reserve_at IS NOT NULL THEN sign ELSE 0 END,
           CASE WHEN r.appointed_at IS NOT NULL THEN sign ELSE 0 END,
           CASE WHEN r.admitted AND r.route = 'DIPLOMA' THEN sign ELSE 0 END,
           CASE WHEN r.admitted AND r.route = 'EXPERIENCE_AND_TEST' THEN sign ELSE 0 END,
           CASE WHEN r.admitted AND r.route = 'INTERNAL' THEN sign ELSE 0 END,
           CASE WHEN r.hire_days IS NOT NULL THEN sign ELSE 0 END,
           dash_hist_add('{}', dash_bucket(r.hire_days), sign)
      FROM dash_units(r.applied_on) u
    ON CONFLICT (vacancy_id, unit, starts) DO UPDATE SET
           applied = a.applied + excluded.applied, admitted = a.admitted + excluded.admitted,
           ct_taken = a.ct_taken + excluded.ct_taken, ct_passed = a.ct_passed + excluded.ct_passed,
           reserve = a.reserve + excluded.reserve, appointed = a.appointed + excluded.appointed,
           diploma = a.diploma + excluded.diploma, experience = a.experience + excluded.experience,
           internal = a.internal + excluded.internal, hired = a.hired + excluded.hired,
           hire_hist = dash_hist_add(a.hire_hist, dash_bucket(r.hire_days), sign);
END
$$;

CREATE FUNCTION dash_stage_count(r dash_stage, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF r.applied_on IS NULL OR r.vacancy_id IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(1515, hashtext(r.vacancy_id::text));
    INSERT INTO dash_agg_stage AS a (vacancy_id, stage_order, unit, starts, entered, passed, eliminated, measured,
                                     hours_hist)
    SELECT r.vacancy_id, r.stage_order, u.unit, u.starts, sign,
           CASE WHEN r.passed THEN sign ELSE 0 END,
           CASE WHEN NOT r.passed THEN sign ELSE 0 END,
           CASE WHEN r.hours IS NOT NULL THEN sign ELSE 0 END,
           dash_hist_add('{}', dash_bucket(r.hours), sign)
      FROM dash_units(r.applied_on) u
    ON CONFLICT (vacancy_id, unit, starts, stage_order) DO UPDATE SET
           entered = a.entered + excluded.entered, passed = a.passed + excluded.passed,
           eliminated = a.eliminated + excluded.eliminated, measured = a.measured + excluded.measured,
           hours_hist = dash_hist_add(a.hours_hist, dash_bucket(r.hours), sign);
END
$$;

CREATE FUNCTION dash_application_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM dash_application_count(OLD, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM dash_application_count(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION dash_stage_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM dash_stage_count(OLD, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM dash_stage_count(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER dash_application_counted AFTER INSERT OR DELETE ON dash_application
    FOR EACH ROW EXECUTE FUNCTION dash_application_counted();
-- An update that changes nothing counted (a timestamp, the capacity-test requirement) touches no counter row.
CREATE TRIGGER dash_application_recounted AFTER UPDATE ON dash_application FOR EACH ROW
    WHEN ((OLD.vacancy_id, OLD.applied_on, OLD.admitted, OLD.route, OLD.capacity_test_taken, OLD.capacity_test_passed,
           OLD.reserve_at IS NULL, OLD.appointed_at IS NULL, OLD.hire_days)
          IS DISTINCT FROM (NEW.vacancy_id, NEW.applied_on, NEW.admitted, NEW.route, NEW.capacity_test_taken,
           NEW.capacity_test_passed, NEW.reserve_at IS NULL, NEW.appointed_at IS NULL, NEW.hire_days))
    EXECUTE FUNCTION dash_application_counted();
CREATE TRIGGER dash_stage_counted AFTER INSERT OR DELETE ON dash_stage
    FOR EACH ROW EXECUTE FUNCTION dash_stage_counted();
CREATE TRIGGER dash_stage_recounted AFTER UPDATE ON dash_stage FOR EACH ROW
    WHEN ((OLD.vacancy_id, OLD.stage_order, OLD.applied_on, OLD.passed, OLD.hours)
          IS DISTINCT FROM (NEW.vacancy_id, NEW.stage_order, NEW.applied_on, NEW.passed, NEW.hours))
    EXECUTE FUNCTION dash_stage_counted();

-- Recomputes every aggregate from the read model's rows in a few set operations (the days from the rows, the
-- months from the days, the years from the months): the backfill below, and a bulk load that writes the rows
-- with the triggers disabled (the dashboard benchmark). Takes the tables' locks, so counting stops meanwhile.
CREATE FUNCTION dash_rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE dash_application, dash_stage IN SHARE MODE;
    TRUNCATE dash_agg_vacancy, dash_agg_stage;

    INSERT INTO dash_agg_vacancy (vacancy_id, unit, starts, applied, admitted, ct_taken, ct_passed, reserve, appointed,
                                  diploma, experience, internal, hired, hire_hist)
    SELECT c.vacancy_id, 'D', c.applied_on, c.applied, c.admitted, c.ct_taken, c.ct_passed, c.reserve, c.appointed,
           c.diploma, c.experience, c.internal, c.hired, coalesce(h.hist, '{}')
      FROM (SELECT vacancy_id, applied_on, count(*) AS applied, count(*) FILTER (WHERE admitted) AS admitted,
                   count(*) FILTER (WHERE capacity_test_taken) AS ct_taken,
                   count(*) FILTER (WHERE capacity_test_passed) AS ct_passed,
                   count(reserve_at) AS reserve, count(appointed_at) AS appointed,
                   count(*) FILTER (WHERE admitted AND route = 'DIPLOMA') AS diploma,
                   count(*) FILTER (WHERE admitted AND route = 'EXPERIENCE_AND_TEST') AS experience,
                   count(*) FILTER (WHERE admitted AND route = 'INTERNAL') AS internal,
                   count(hire_days) AS hired
              FROM dash_application WHERE applied_on IS NOT NULL AND vacancy_id IS NOT NULL
             GROUP BY vacancy_id, applied_on) c
      LEFT JOIN (SELECT vacancy_id, applied_on, array_agg((b::bigint << 32) + n ORDER BY b) AS hist
                   FROM (SELECT vacancy_id, applied_on, dash_bucket(hire_days) AS b, count(*) AS n
                           FROM dash_application WHERE applied_on IS NOT NULL AND hire_days IS NOT NULL
                          GROUP BY 1, 2, 3) x
                  GROUP BY 1, 2) h USING (vacancy_id, applied_on);

    INSERT INTO dash_agg_stage (vacancy_id, stage_order, unit, starts, entered, passed, eliminated, measured, hours_hist)
    SELECT c.vacancy_id, c.stage_order, 'D', c.applied_on, c.entered, c.passed, c.eliminated, c.measured,
           coalesce(h.hist, '{}')
      FROM (SELECT vacancy_id, stage_order, applied_on, count(*) AS entered, count(*) FILTER (WHERE passed) AS passed,
                   count(*) FILTER (WHERE NOT passed) AS eliminated, count(hours) AS measured
              FROM dash_stage WHERE applied_on IS NOT NULL AND vacancy_id IS NOT NULL
             GROUP BY vacancy_id, stage_order, applied_on) c
      LEFT JOIN (SELECT vacancy_id, stage_order, applied_on, array_agg((b::bigint << 32) + n ORDER BY b) AS hist
                   FROM (SELECT vacancy_id, stage_order, applied_on, dash_bucket(hours) AS b, count(*) AS n
                           FROM dash_stage WHERE applied_on IS NOT NULL AND hours IS NOT NULL
                          GROUP BY 1, 2, 3, 4) x
                  GROUP BY 1, 2, 3) h USING (vacancy_id, stage_order, applied_on);

    PERFORM dash_roll_up('D', 'M', 'month');
    PERFORM dash_roll_up('M', 'Y', 'year');
END
$$;

-- The rows of unit `coarse` as the sums of the rows of unit `fine` (used by the rebuild only).
CREATE FUNCTION dash_roll_up(fine char(1), coarse char(1), field text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dash_agg_vacancy (vacancy_id, unit, starts, applied, admitted, ct_taken, ct_passed, reserve, appointed,
                                  diploma, experience, internal, hired, hire_hist)
    SELECT c.vacancy_id, coarse, c.starts, c.applied, c.admitted, c.ct_taken, c.ct_passed, c.reserve, c.appointed,
           c.diploma, c.experience, c.internal, c.hired, coalesce(h.hist, '{}')
      FROM (SELECT vacancy_id, date_trunc(field, starts::timestamp)::date AS starts, sum(applied) AS applied,
                   sum(admitted) AS admitted, sum(ct_taken) AS ct_taken, sum(ct_passed) AS ct_passed,
                   sum(reserve) AS reserve, sum(appointed) AS appointed, sum(diploma) AS diploma,
                   sum(experience) AS experience, sum(internal) AS internal, sum(hired) AS hired
              FROM dash_agg_vacancy WHERE unit = fine GROUP BY 1, 2) c
      LEFT JOIN (SELECT vacancy_id, starts, array_agg((b << 32) + n ORDER BY b) AS hist
                   FROM (SELECT vacancy_id, date_trunc(field, starts::timestamp)::date AS starts, e >> 32 AS b,
                                sum(e & 4294967295)::bigint AS n
                           FROM dash_agg_vacancy, unnest(hire_hist) e WHERE unit = fine GROUP BY 1, 2, 3) x
                  GROUP BY 1, 2) h USING (vacancy_id, starts);

    INSERT INTO dash_agg_stage (vacancy_id, stage_order, unit, starts, entered, passed, eliminated, measured, hours_hist)
    SELECT c.vacancy_id, c.stage_order, coarse, c.starts, c.entered, c.passed, c.eliminated, c.measured,
           coalesce(h.hist, '{}')
      FROM (SELECT vacancy_id, stage_order, date_trunc(field, starts::timestamp)::date AS starts, sum(entered) AS entered,
                   sum(passed) AS passed, sum(eliminated) AS eliminated, sum(measured) AS measured
              FROM dash_agg_stage WHERE unit = fine GROUP BY 1, 2, 3) c
      LEFT JOIN (SELECT vacancy_id, stage_order, starts, array_agg((b << 32) + n ORDER BY b) AS hist
                   FROM (SELECT vacancy_id, stage_order, date_trunc(field, starts::timestamp)::date AS starts,
                                e >> 32 AS b, sum(e & 4294967295)::bigint AS n
                           FROM dash_agg_stage, unnest(hours_hist) e WHERE unit = fine GROUP BY 1, 2, 3, 4) x
                  GROUP BY 1, 2, 3) h USING (vacancy_id, stage_order, starts);
END
$$;

-- The backfill of the rows already in the read model.
SELECT dash_rebuild_aggregates();
