-- APT's tables as Pressroom's migrations created them before it followed APT's sqitch HEAD (and as APT's 2021 dumps
-- expect them: status as Draft/Review/Published, a changelog column, contact roles as text), in a schema of their own
-- for copy-legacy-apt.sql to read. AptFixtures loads the 2021 dump into these; a database from before that change
-- has them already (LegacyLayout renames its apt schema).
CREATE SCHEMA pressroom_legacy_apt;

CREATE TYPE pressroom_legacy_apt.mechanism_type AS ENUM (
    'Direct line', 'Email', 'Facebook', 'Fax', 'Mobile', 'Modem', 'Primary', 'TDD/TTY phone', 'Telephone',
    'Twitter', 'U.S.', 'Other');

CREATE TYPE pressroom_legacy_apt.contact_mechanism AS (
    mechanism_type  pressroom_legacy_apt.mechanism_type,
    mechanism_value varchar
);

CREATE TABLE pressroom_legacy_apt.atbds (
    id              integer PRIMARY KEY,
    title           varchar NOT NULL,
    alias           varchar,
    created_by      varchar,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_updated_by varchar,
    last_updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE pressroom_legacy_apt.atbd_versions (
    atbd_id               integer NOT NULL,
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

CREATE TABLE pressroom_legacy_apt.contacts (
    id          integer PRIMARY KEY,
    first_name  varchar NOT NULL,
    middle_name varchar,
    last_name   varchar NOT NULL,
    uuid        varchar,
    url         varchar,
    mechanisms  pressroom_legacy_apt.contact_mechanism[]
);

CREATE TABLE pressroom_legacy_apt.atbd_versions_contacts (
    atbd_id      integer NOT NULL,
    major        integer NOT NULL,
    contact_id   integer NOT NULL,
    roles        text[],
    affiliations text[],
    PRIMARY KEY (atbd_id, major, contact_id)
);
