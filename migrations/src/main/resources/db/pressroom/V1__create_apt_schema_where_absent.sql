-- APT's schema belongs to APT (DESIGN §3): its sqitch migrations create it, and on such a database this step only
-- checks that the columns Pressroom reads are there. On an empty database (the local run, tests) it creates the
-- schema as APT's sqitch HEAD leaves it (db/sqitch.plan through remove_reviewer_info_in_atbd_version): the same
-- types, tables, column order, lengths, defaults, NOT NULLs, role app_user with its grants, and the row policy, so
-- that APT's own fixtures load unchanged and tests see what production sees. Written for Pressroom, not copied.
DO $create$
DECLARE
    missing text;
BEGIN
    IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'apt') THEN
        SELECT string_agg(format('apt.%s.%s', r.tbl, r.col), ', ') INTO missing
        FROM (VALUES ('atbds', 'id'), ('atbds', 'title'), ('atbds', 'alias'), ('atbds', 'document_type'),
                     ('atbd_versions', 'atbd_id'), ('atbd_versions', 'major'), ('atbd_versions', 'minor'),
                     ('atbd_versions', 'status'), ('atbd_versions', 'document'), ('atbd_versions', 'doi'),
                     ('atbd_versions', 'citation'), ('atbd_versions', 'pdf_id'),
                     ('contacts', 'id'), ('contacts', 'first_name'), ('contacts', 'middle_name'),
                     ('contacts', 'last_name'), ('contacts', 'url'), ('contacts', 'mechanisms'),
                     ('atbd_versions_contacts', 'contact_id'), ('atbd_versions_contacts', 'roles'),
                     ('atbd_versions_contacts', 'affiliations'),
                     ('pdf_uploads', 'id'), ('pdf_uploads', 'file_path'), ('pdf_uploads', 'atbd_id')) AS r (tbl, col)
        WHERE NOT EXISTS (SELECT FROM information_schema.columns c
                          WHERE c.table_schema = 'apt' AND c.table_name = r.tbl AND c.column_name = r.col);
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'Schema apt exists but lacks what Pressroom reads: %', missing
                USING HINT = 'Pressroom needs APT''s schema at sqitch HEAD (sqitch deploy), and SELECT on its tables.';
        END IF;
        RETURN;
    END IF;

    -- sqitch change appschema (its anonymous role was dropped again by drop_function_and_roles)
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_user') THEN
        BEGIN
            CREATE ROLE app_user;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'Role app_user not created (%): APT''s schema is created without its grants', SQLERRM;
        END;
    END IF;
    CREATE SCHEMA apt;

    -- tables, later changed by migrate_status_to_upper_snake_case, journal_status, threads, contact_roles,
    -- drop_contact_roles, add_pdf_uploads_table and add_pdf_in_atbd
    CREATE TYPE apt.e_contact_mechanism_type AS ENUM ('Direct line', 'Email', 'Facebook', 'Fax', 'Mobile', 'Modem',
        'Primary', 'TDD/TTY phone', 'Telephone', 'Twitter', 'U.S.', 'Other');
    CREATE TYPE apt.contact_mechanism AS (
        mechanism_type  apt.e_contact_mechanism_type,
        mechanism_value varchar(1024)
    );
    CREATE TYPE apt.atbd_version_status AS ENUM ('DRAFT', 'CLOSED_REVIEW_REQUESTED', 'CLOSED_REVIEW', 'OPEN_REVIEW',
        'PUBLICATION_REQUESTED', 'PUBLICATION', 'PUBLISHED');
    CREATE TYPE apt.atbd_version_journal_status AS ENUM ('NO_PUBLICATION', 'PUBLICATION_INTENDED',
        'PUBLICATION_REQUESTED', 'PUBLISHED');
    CREATE TYPE apt.thread_status AS ENUM ('OPEN', 'CLOSED');
    CREATE TYPE apt.atbd_document_type AS ENUM ('HTML', 'PDF');

    CREATE TABLE apt.contacts (
        id          serial PRIMARY KEY,
        first_name  varchar(1024) NOT NULL,
        middle_name varchar(1024),
        last_name   varchar(1024) NOT NULL,
        uuid        varchar(1024),
        url         varchar(1024),
        mechanisms  apt.contact_mechanism[]
    );

    CREATE TABLE apt.atbds (
        id              serial PRIMARY KEY,
        title           varchar(1024) NOT NULL,
        alias           varchar(256) UNIQUE CONSTRAINT alphanum_alias CHECK (alias ~ '^[a-z0-9-]+$') DEFAULT NULL,
        created_by      varchar(1024) NOT NULL,
        created_at      timestamptz DEFAULT now(),
        last_updated_by varchar(1024),
        last_updated_at timestamptz DEFAULT now(),
        document_type   apt.atbd_document_type DEFAULT 'HTML'
    );

    CREATE TABLE apt.pdf_uploads (
        id         serial PRIMARY KEY,
        file_path  varchar NOT NULL,
        storage    varchar DEFAULT 's3',
        created_by varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
        atbd_id    integer NOT NULL REFERENCES apt.atbds (id) ON DELETE CASCADE
    );

    -- Only major is in the key: APT squashes minor versions.
    CREATE TABLE apt.atbd_versions (
        major                 integer NOT NULL DEFAULT 1,
        minor                 integer NOT NULL DEFAULT 0,
        atbd_id               integer NOT NULL REFERENCES apt.atbds (id) ON DELETE CASCADE,
        document              json DEFAULT '{}',
        sections_completed    json DEFAULT '{}',
        published_by          varchar(1024),
        published_at          timestamptz,
        created_by            varchar(1024),
        created_at            timestamptz DEFAULT now(),
        last_updated_by       varchar(1024),
        last_updated_at       timestamptz DEFAULT now(),
        doi                   varchar(1024),
        citation              json DEFAULT '{}',
        owner                 varchar(1024) NOT NULL,
        authors               varchar[] DEFAULT '{}',
        reviewers             jsonb[] DEFAULT '{}',
        status                apt.atbd_version_status DEFAULT 'DRAFT',
        journal_status        apt.atbd_version_journal_status DEFAULT 'NO_PUBLICATION',
        publication_checklist json DEFAULT '{"journal_editor": "Chelle Gentemann"}',
        keywords              jsonb[] DEFAULT '{}',
        locked_by             varchar(1024),
        pdf_id                integer,
        PRIMARY KEY (atbd_id, major),
        CONSTRAINT fk_pdf_id FOREIGN KEY (pdf_id) REFERENCES apt.pdf_uploads (id) ON DELETE CASCADE
    );

    CREATE TABLE apt.atbd_versions_contacts (
        atbd_id      integer NOT NULL,
        major        integer NOT NULL,
        contact_id   integer NOT NULL REFERENCES apt.contacts (id) ON DELETE CASCADE,
        roles        text[] DEFAULT '{}',
        affiliations text[] DEFAULT '{}',
        PRIMARY KEY (atbd_id, major, contact_id),
        FOREIGN KEY (atbd_id, major) REFERENCES apt.atbd_versions (atbd_id, major) ON DELETE CASCADE
    );

    CREATE TABLE apt.threads (
        id              serial PRIMARY KEY,
        atbd_id         integer NOT NULL,
        major           integer NOT NULL,
        status          apt.thread_status DEFAULT 'OPEN',
        section         varchar(1024) NOT NULL,
        created_by      varchar(1024),
        created_at      timestamptz DEFAULT now(),
        last_updated_by varchar(1024),
        last_updated_at timestamptz DEFAULT now(),
        notify          text[],
        FOREIGN KEY (atbd_id, major) REFERENCES apt.atbd_versions (atbd_id, major) ON DELETE CASCADE
    );

    -- thread_id is a serial in APT too (with a sequence of its own).
    CREATE TABLE apt.comments (
        id              serial PRIMARY KEY,
        thread_id       serial NOT NULL REFERENCES apt.threads (id) ON DELETE CASCADE,
        created_by      varchar(1024),
        created_at      timestamptz DEFAULT now(),
        last_updated_by varchar(1024),
        last_updated_at timestamptz DEFAULT now(),
        body            text
    );

    -- sqitch change anonymous left this policy behind; drop_function_and_roles disabled row security again.
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_user') THEN
        CREATE POLICY appuser ON apt.atbd_versions TO app_user USING (true);
        -- appschema and anonymous: all rights on the first four tables and their sequences, and default privileges
        -- that gave the later tables (threads, comments, pdf_uploads) read and write rights
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO app_user', current_database());
        GRANT ALL ON SCHEMA apt TO app_user;
        GRANT ALL ON apt.atbds, apt.atbd_versions, apt.contacts, apt.atbd_versions_contacts TO app_user;
        GRANT ALL ON SEQUENCE apt.atbds_id_seq, apt.contacts_id_seq TO app_user;
        GRANT SELECT, INSERT, UPDATE, DELETE ON apt.threads, apt.comments, apt.pdf_uploads TO app_user;
        GRANT USAGE, SELECT ON SEQUENCE apt.threads_id_seq, apt.comments_id_seq, apt.comments_thread_id_seq,
            apt.pdf_uploads_id_seq TO app_user;
        ALTER DEFAULT PRIVILEGES IN SCHEMA apt GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_user;
        ALTER DEFAULT PRIVILEGES IN SCHEMA apt GRANT USAGE, SELECT ON SEQUENCES TO app_user;
        BEGIN
            GRANT app_user TO CURRENT_USER;
        EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
            NULL;
        END;
    END IF;
END
$create$;
