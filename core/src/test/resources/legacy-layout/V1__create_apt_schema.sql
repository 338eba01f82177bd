-- APT v2's tables, column names and types, in schema apt, so that APT's own data dumps load unchanged
-- (DESIGN §3). Status is free text because 2021 dumps say Draft/Review/Published and later ones DRAFT, ...
CREATE SCHEMA IF NOT EXISTS apt;

CREATE TYPE apt.mechanism_type AS ENUM (
    'Direct line', 'Email', 'Facebook', 'Fax', 'Mobile', 'Modem', 'Primary', 'TDD/TTY phone', 'Telephone',
    'Twitter', 'U.S.', 'Other');

CREATE TYPE apt.contact_mechanism AS (
    mechanism_type  apt.mechanism_type,
    mechanism_value varchar
);

CREATE TABLE apt.atbds (
    id              serial PRIMARY KEY,
    title           varchar NOT NULL,
    alias           varchar UNIQUE CHECK (alias ~ '^[a-z0-9-]+$'),
    created_by      varchar,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_updated_by varchar,
    last_updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE apt.atbd_versions (
    atbd_id               integer NOT NULL REFERENCES apt.atbds (id) ON DELETE CASCADE,
    major                 integer NOT NULL,
    minor                 integer NOT NULL DEFAULT 0,
    status                varchar NOT NULL DEFAULT 'DRAFT',
    document              json,
    sections_completed    json,
    published_by          varchar,
    published_at          timestamptz,
    created_by            varchar,
    created_at            timestamptz NOT NULL DEFAULT now(),
    last_updated_by       varchar,
    last_updated_at       timestamptz NOT NULL DEFAULT now(),
    changelog             varchar,
    doi                   varchar,
    citation              json,
    owner                 varchar,
    authors               text[],
    reviewers             jsonb[],
    journal_status        varchar,
    keywords              jsonb[],
    publication_checklist json,
    locked_by             varchar,
    PRIMARY KEY (atbd_id, major)
);

CREATE TABLE apt.contacts (
    id          serial PRIMARY KEY,
    first_name  varchar NOT NULL,
    middle_name varchar,
    last_name   varchar NOT NULL,
    uuid        varchar,
    url         varchar,
    mechanisms  apt.contact_mechanism[]
);

CREATE TABLE apt.atbd_versions_contacts (
    atbd_id      integer NOT NULL,
    major        integer NOT NULL,
    contact_id   integer NOT NULL REFERENCES apt.contacts (id) ON DELETE CASCADE,
    roles        text[],
    affiliations text[],
    PRIMARY KEY (atbd_id, major, contact_id),
    FOREIGN KEY (atbd_id, major) REFERENCES apt.atbd_versions (atbd_id, major) ON DELETE CASCADE
);

-- A loader that inserts explicit ids (APT's pg_dump files carry no setval) would otherwise leave the serial
-- sequences behind, and the next ordinary INSERT would collide with a loaded row.
CREATE FUNCTION apt.advance_id_sequence() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    seq    text := pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id');
    top_id integer;
BEGIN
    SELECT max(id) INTO top_id FROM inserted;
    IF top_id > coalesce((SELECT last_value FROM pg_sequences
                          WHERE schemaname || '.' || sequencename = seq), 0) THEN
        PERFORM setval(seq, top_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER atbds_advance_id_sequence
    AFTER INSERT ON apt.atbds REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION apt.advance_id_sequence();

CREATE TRIGGER contacts_advance_id_sequence
    AFTER INSERT ON apt.contacts REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION apt.advance_id_sequence();
