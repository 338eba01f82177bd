-- Every committed change to rendered content records a change request for each affected version in the same
-- transaction and wakes the dispatcher. NOTIFY is only a wake-up (identical payloads fold into one per
-- transaction); the change_requests row is what is durable.

CREATE FUNCTION pressroom.request_serialization(p_atbd_id integer, p_major integer) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    -- nextval in SET runs after the row lock is taken, so a later commit always carries a higher revision.
    INSERT INTO pressroom.change_requests AS cr (atbd_id, major, revision, changed_at)
    VALUES (p_atbd_id, p_major, nextval('pressroom.content_revision_seq'), clock_timestamp())
    ON CONFLICT (atbd_id, major) DO UPDATE
        SET revision = nextval('pressroom.content_revision_seq'), changed_at = clock_timestamp();
    PERFORM pg_notify('pressroom_changes', '');
END
$$;

CREATE FUNCTION pressroom.version_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pressroom.request_serialization(OLD.atbd_id, OLD.major);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR (NEW.atbd_id, NEW.major) <> (OLD.atbd_id, OLD.major)) THEN
        PERFORM pressroom.request_serialization(NEW.atbd_id, NEW.major);
    END IF;
    RETURN NULL;
END
$$;

-- The title and alias are rendered in every version of the ATBD. Deleting an ATBD cascades to its versions,
-- whose own trigger records the deletion.
CREATE FUNCTION pressroom.atbd_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pressroom.request_serialization(v.atbd_id, v.major)
    FROM apt.atbd_versions v
    WHERE v.atbd_id IN (OLD.id, NEW.id)
    ORDER BY v.atbd_id, v.major;
    RETURN NULL;
END
$$;

-- A contact is rendered in every version it is linked to: an edit marks them all. Deleting a contact cascades to
-- its links, whose own trigger records the deletion.
CREATE FUNCTION pressroom.contact_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pressroom.request_serialization(l.atbd_id, l.major)
    FROM apt.atbd_versions_contacts l
    WHERE l.contact_id IN (OLD.id, NEW.id)
    ORDER BY l.atbd_id, l.major;
    RETURN NULL;
END
$$;

CREATE TRIGGER atbd_versions_request_serialization
    AFTER INSERT OR UPDATE OR DELETE ON apt.atbd_versions
    FOR EACH ROW EXECUTE FUNCTION pressroom.version_changed();

CREATE TRIGGER atbd_versions_contacts_request_serialization
    AFTER INSERT OR UPDATE OR DELETE ON apt.atbd_versions_contacts
    FOR EACH ROW EXECUTE FUNCTION pressroom.version_changed();

CREATE TRIGGER atbds_request_serialization
    AFTER UPDATE ON apt.atbds
    FOR EACH ROW EXECUTE FUNCTION pressroom.atbd_changed();

CREATE TRIGGER contacts_request_serialization
    AFTER UPDATE ON apt.contacts
    FOR EACH ROW EXECUTE FUNCTION pressroom.contact_changed();
