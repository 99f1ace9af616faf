-- Issue 5/7: the full candidate form, the secret link token, consent, uploads, withdrawal and erasure.

-- Erasure blanks the personal data but keeps the row (status, vacancy, dates), so that the
-- statistics stay countable, anonymously.
ALTER TABLE application ALTER COLUMN first_name DROP NOT NULL;
ALTER TABLE application ALTER COLUMN last_name DROP NOT NULL;
ALTER TABLE application ALTER COLUMN email DROP NOT NULL;

ALTER TABLE application
    ADD COLUMN phone                      varchar(40),
    ADD COLUMN street                     varchar(200),
    ADD COLUMN postal_code                varchar(20),
    ADD COLUMN city                       varchar(100),
    ADD COLUMN diploma                    varchar(200),
    ADD COLUMN diploma_gives_access_to_b  boolean,
    ADD COLUMN experience_description     text,
    ADD COLUMN contract_type              varchar(40),
    ADD COLUMN current_level              varchar(2),
    ADD COLUMN current_grade              varchar(20),
    ADD COLUMN level_seniority_months     integer CHECK (level_seniority_months >= 0),
    ADD COLUMN grade_seniority_months     integer CHECK (grade_seniority_months >= 0),
    ADD COLUMN service_seniority_months   integer CHECK (service_seniority_months >= 0),
    ADD COLUMN driving_licence            boolean,
    ADD COLUMN motivation                 text,
    ADD COLUMN privacy_statement_version  varchar(40),
    ADD COLUMN consent_at                 timestamptz,
    -- SHA-256 (hex) of the secret link token; the token itself is never stored.
    ADD COLUMN access_token_hash          varchar(64),
    ADD COLUMN token_revoked_at           timestamptz,
    -- the client's Idempotency-Key: a retried submission finds its application here
    ADD COLUMN idempotency_key            varchar(100),
    ADD COLUMN withdrawn_at               timestamptz,
    ADD COLUMN erased_at                  timestamptz;

CREATE UNIQUE INDEX application_token_hash_uq ON application (access_token_hash) WHERE access_token_hash IS NOT NULL;
CREATE UNIQUE INDEX application_idempotency_key_uq ON application (idempotency_key) WHERE idempotency_key IS NOT NULL;

-- CV and motivation letter, stored durably in this database (bytea) in the same transaction as the
-- application: once the 201 is sent, the documents are committed with it.
CREATE TABLE application_document (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES application (id),
    kind           varchar(30) NOT NULL,
    file_name      varchar(255) NOT NULL,
    media_type     varchar(120) NOT NULL,
    size_bytes     integer NOT NULL,
    content        bytea NOT NULL,
    uploaded_at    timestamptz NOT NULL,
    UNIQUE (application_id, kind)
);
