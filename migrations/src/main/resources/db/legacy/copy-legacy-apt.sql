-- Copies APT data from the legacy layout (schema pressroom_legacy_apt, see legacy-apt-tables.sql) into APT's schema
-- at sqitch HEAD, applying what APT's own later migrations did to such data:
--   owner_authors_reviewers             owner = created_by; authors and reviewers default to {}
--   migrate_status_to_upper_snake_case  Published -> PUBLISHED, anything else that is no HEAD status -> DRAFT
--   journal_status                      NO_PUBLICATION unless a HEAD value is there
--   update_document_fields              the keys it added (null) where a document lacks them; changelog dropped
--   publication_checklist, gcmd_keywords, contact_affiliations: their defaults where the data has none
--   drop_contact_roles                  roles as text[] (APT's contact_roles step emptied them; they are kept)
--   summary_abstract_rich_text          a text abstract or plain_summary becomes one rich-text paragraph
-- Lengths follow HEAD (varchar(1024), alias 256); the id sequences move past the copied ids. Then the legacy schema
-- goes. Runs in the caller's transaction; inserting fires Pressroom's triggers, so every copied version renders.
INSERT INTO apt.contacts (id, first_name, middle_name, last_name, uuid, url, mechanisms)
SELECT id, left(first_name, 1024), left(middle_name, 1024), left(last_name, 1024), left(uuid, 1024), left(url, 1024),
       mechanisms::text::apt.contact_mechanism[]
FROM pressroom_legacy_apt.contacts
ORDER BY id;

INSERT INTO apt.atbds (id, title, alias, created_by, created_at, last_updated_by, last_updated_at)
SELECT id, left(title, 1024), left(alias, 256), left(coalesce(created_by, ''), 1024), created_at,
       left(last_updated_by, 1024), last_updated_at
FROM pressroom_legacy_apt.atbds
ORDER BY id;

-- A document as APT's update_document_fields and summary_abstract_rich_text left it; one that is no JSON object,
-- or that jsonb cannot hold (a NUL character), stays as it is.
CREATE FUNCTION pg_temp.head_document(document json) RETURNS json
    LANGUAGE plpgsql IMMUTABLE AS
$$
DECLARE
    d jsonb;
BEGIN
    IF json_typeof(document) IS DISTINCT FROM 'object' THEN
        RETURN document;
    END IF;
    d := '{"abstract": null, "version_description": null, "additional_information": null, "data_availability": null,
           "algorithm_input_variables_caption": null, "algorithm_output_variables_caption": null}'::jsonb
         || document::jsonb;
    RETURN (d || pg_temp.rich_text(d, 'abstract') || pg_temp.rich_text(d, 'plain_summary'))::json;
EXCEPTION WHEN untranslatable_character OR invalid_text_representation THEN
    RETURN document;
END
$$;

CREATE FUNCTION pg_temp.rich_text(d jsonb, field text) RETURNS jsonb
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE WHEN jsonb_typeof(d -> field) = 'string'
            THEN jsonb_build_object(field, jsonb_build_object('children', jsonb_build_array(jsonb_build_object(
                 'type', 'p', 'children', jsonb_build_array(jsonb_build_object('text', d -> field))))))
            ELSE '{}' END
$$;

INSERT INTO apt.atbd_versions (major, minor, atbd_id, document, sections_completed, published_by, published_at,
                               created_by, created_at, last_updated_by, last_updated_at, doi, citation, owner, authors,
                               reviewers, status, journal_status, publication_checklist, keywords, locked_by)
SELECT major, minor, atbd_id, pg_temp.head_document(document), sections_completed, left(published_by, 1024),
       published_at, left(created_by, 1024), created_at, left(last_updated_by, 1024), last_updated_at,
       left(doi, 1024), citation, left(coalesce(owner, created_by, ''), 1024), coalesce(authors::varchar[], '{}'),
       coalesce(reviewers, '{}'),
       CASE WHEN status = 'Published' THEN 'PUBLISHED'
            WHEN status IN (SELECT unnest(enum_range(NULL::apt.atbd_version_status))::text) THEN status
            ELSE 'DRAFT' END::apt.atbd_version_status,
       CASE WHEN journal_status IN (SELECT unnest(enum_range(NULL::apt.atbd_version_journal_status))::text)
            THEN journal_status ELSE 'NO_PUBLICATION' END::apt.atbd_version_journal_status,
       coalesce(publication_checklist, '{"journal_editor": "Chelle Gentemann"}'), coalesce(keywords, '{}'),
       left(locked_by, 1024)
FROM pressroom_legacy_apt.atbd_versions
ORDER BY atbd_id, major;

INSERT INTO apt.atbd_versions_contacts (atbd_id, major, contact_id, roles, affiliations)
SELECT atbd_id, major, contact_id, coalesce(roles, '{}'), coalesce(affiliations, '{}')
FROM pressroom_legacy_apt.atbd_versions_contacts
ORDER BY atbd_id, major, contact_id;

SELECT setval(pg_get_serial_sequence('apt.atbds', 'id'), max(id)) FROM apt.atbds HAVING max(id) IS NOT NULL;
SELECT setval(pg_get_serial_sequence('apt.contacts', 'id'), max(id)) FROM apt.contacts HAVING max(id) IS NOT NULL;

DROP FUNCTION pg_temp.head_document(json);
DROP FUNCTION pg_temp.rich_text(jsonb, text);
DROP SCHEMA pressroom_legacy_apt CASCADE;
