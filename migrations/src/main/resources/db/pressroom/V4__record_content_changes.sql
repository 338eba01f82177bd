-- Every committed change to rendered content records a change request for each affected version in the writer's
-- transaction and wakes the dispatcher (DESIGN §1). NOTIFY is only a wake-up (identical payloads fold into one per
-- transaction); the change_requests row is what is durable.
--
-- APT writes as its role app_user (and anyone may write with psql), so these functions run with the rights of
-- Pressroom's role (SECURITY DEFINER, search_path pinned, every name qualified): the writer needs no right on
-- schema pressroom. They are statement-level, so a batch ingest costs one upsert per statement, not one per row.
-- And they must never fail the writer's statement for a reason of Pressroom's: any error is a WARNING in the
-- writer's session and the server log, and the write commits. (The exception block is one subtransaction per
-- statement, not per row.)

CREATE TYPE pressroom.version_key AS (atbd_id integer, major integer);

-- nextval in SET runs after the row lock is taken, so a later commit always carries a higher revision. Keys are
-- locked in one order, so concurrent statements over the same versions do not deadlock here.
CREATE FUNCTION pressroom.record_changes(p_keys pressroom.version_key[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
BEGIN
    INSERT INTO pressroom.change_requests AS cr (atbd_id, major, revision, changed_at)
    SELECT k.atbd_id, k.major, nextval('pressroom.content_revision_seq'), clock_timestamp()
    FROM (SELECT DISTINCT atbd_id, major FROM unnest(p_keys) WHERE atbd_id IS NOT NULL) k
    ORDER BY k.atbd_id, k.major
    ON CONFLICT (atbd_id, major) DO UPDATE
        SET revision = nextval('pressroom.content_revision_seq'), changed_at = clock_timestamp();
    IF FOUND THEN
        PERFORM pg_notify('pressroom_changes', '');
    END IF;
END
$$;

-- One function for every watched table: which versions a statement touched, by table and operation.
--   atbd_versions, atbd_versions_contacts, rerender_requests: the rows' own (atbd_id, major); DELETE uses OLD.
--   atbds: the title and alias are rendered in every version of the ATBD (deleting one cascades to its versions).
--   contacts: a contact is rendered in every version it is linked to (deleting one cascades to its links).
--   pdf_uploads: a PDF-type version shows its upload (deleting one cascades to the versions that point at it).
--   TRUNCATE of atbd_versions: every version Pressroom knows, so that the dispatcher forgets the deleted ones.
CREATE FUNCTION pressroom.content_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    keys pressroom.version_key[] := '{}';
BEGIN
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            keys := ARRAY(SELECT (atbd_id, major)::pressroom.version_key FROM pressroom.change_requests);
        ELSIF TG_TABLE_NAME IN ('atbd_versions', 'atbd_versions_contacts', 'rerender_requests') THEN
            IF TG_OP <> 'INSERT' THEN
                keys := keys || ARRAY(SELECT (o.atbd_id, o.major)::pressroom.version_key FROM old_rows o);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                keys := keys || ARRAY(SELECT (n.atbd_id, n.major)::pressroom.version_key FROM new_rows n);
            END IF;
        ELSIF TG_TABLE_NAME = 'atbds' THEN
            keys := ARRAY(SELECT (v.atbd_id, v.major)::pressroom.version_key FROM apt.atbd_versions v
                          WHERE v.atbd_id IN (SELECT o.id FROM old_rows o UNION SELECT n.id FROM new_rows n));
        ELSIF TG_TABLE_NAME = 'contacts' THEN
            keys := ARRAY(SELECT (l.atbd_id, l.major)::pressroom.version_key FROM apt.atbd_versions_contacts l
                          WHERE l.contact_id IN (SELECT o.id FROM old_rows o UNION SELECT n.id FROM new_rows n));
        ELSIF TG_TABLE_NAME = 'pdf_uploads' THEN
            keys := ARRAY(SELECT (v.atbd_id, v.major)::pressroom.version_key FROM apt.atbd_versions v
                          WHERE v.pdf_id IN (SELECT o.id FROM old_rows o UNION SELECT n.id FROM new_rows n));
        END IF;
        IF cardinality(keys) > 0 THEN
            PERFORM pressroom.record_changes(keys);
        END IF;
    EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'Pressroom could not record this change of %.% (%: %); the write itself commits',
            TG_TABLE_SCHEMA, TG_TABLE_NAME, SQLSTATE, SQLERRM;
    END;
    RETURN NULL;
END
$$;

CREATE TRIGGER pressroom_inserted AFTER INSERT ON apt.atbd_versions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_updated AFTER UPDATE ON apt.atbd_versions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_deleted AFTER DELETE ON apt.atbd_versions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_truncated AFTER TRUNCATE ON apt.atbd_versions
    FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();

CREATE TRIGGER pressroom_inserted AFTER INSERT ON apt.atbd_versions_contacts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_updated AFTER UPDATE ON apt.atbd_versions_contacts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_deleted AFTER DELETE ON apt.atbd_versions_contacts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();

CREATE TRIGGER pressroom_updated AFTER UPDATE ON apt.atbds
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_updated AFTER UPDATE ON apt.contacts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_updated AFTER UPDATE ON apt.pdf_uploads
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();

CREATE TRIGGER pressroom_inserted AFTER INSERT ON pressroom.rerender_requests
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
CREATE TRIGGER pressroom_updated AFTER UPDATE ON pressroom.rerender_requests
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pressroom.content_changed();
