-- Issue #11 (editors first) and #12 (no version stuck pending): change requests now say whether an editor waits for
-- them, and carry the reason their dispatch failed. See docs/admission.md.
--
-- priority: 0 interactive (a statement that touched at most 10 versions: an editor's save, a shared contact), 1 bulk
-- (a batch ingest, a merge, a forced re-render of many rows). The dispatcher drains interactive requests first and
-- treats a request older than pressroom.admission.interactive-window as bulk (the drain after downtime).
-- dispatch_error: why the last dispatch of the pending revision failed. dispatch_failed: the failure is the
-- content's (JSON deeper than the parser allows, an image key the store refuses), final until the next change;
-- otherwise the dispatcher retries at retry_at, dispatch_attempts counting its tries.
ALTER TABLE pressroom.change_requests
    -- the trigger always sets it; rows from before (or copied from a legacy layout) are a backlog: bulk
    ADD COLUMN priority          smallint    NOT NULL DEFAULT 1,
    ADD COLUMN dispatch_attempts integer     NOT NULL DEFAULT 0,
    ADD COLUMN retry_at          timestamptz,
    ADD COLUMN dispatch_error    text,
    ADD COLUMN dispatch_failed   boolean     NOT NULL DEFAULT false;

CREATE INDEX change_requests_dispatch_idx ON pressroom.change_requests (priority, revision)
    WHERE revision > dispatched_revision;

-- Replaces V4's function (content_changed() calls it inside its exception guard, so an error here still never fails
-- the writer's statement). A new change of a version clears its dispatch failure: the new content may dispatch.
-- A pending interactive request stays interactive when a bulk statement touches the version again.
CREATE OR REPLACE FUNCTION pressroom.record_changes(p_keys pressroom.version_key[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
DECLARE
    v_priority smallint;
BEGIN
    SELECT CASE WHEN count(*) <= 10 THEN 0 ELSE 1 END INTO v_priority
    FROM (SELECT DISTINCT atbd_id, major FROM unnest(p_keys) WHERE atbd_id IS NOT NULL) k;
    INSERT INTO pressroom.change_requests AS cr (atbd_id, major, revision, changed_at, priority)
    SELECT k.atbd_id, k.major, nextval('pressroom.content_revision_seq'), clock_timestamp(), v_priority
    FROM (SELECT DISTINCT atbd_id, major FROM unnest(p_keys) WHERE atbd_id IS NOT NULL) k
    ORDER BY k.atbd_id, k.major
    ON CONFLICT (atbd_id, major) DO UPDATE
        SET revision = nextval('pressroom.content_revision_seq'), changed_at = clock_timestamp(),
            priority = CASE WHEN cr.revision > cr.dispatched_revision THEN least(cr.priority, excluded.priority)
                            ELSE excluded.priority END,
            dispatch_attempts = 0, retry_at = NULL, dispatch_error = NULL, dispatch_failed = false;
    IF FOUND THEN
        PERFORM pg_notify('pressroom_changes', '');
    END IF;
END
$$;
