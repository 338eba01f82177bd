-- Copies Pressroom's own bookkeeping from the legacy layout (schema pressroom_legacy, which LegacyLayout made of the
-- old schema pressroom, public.flyway_schema_history and public's JobRunr tables) into the new schema pressroom, and
-- the forced re-render datetimes out of the legacy atbd_versions.serialize_requested_at. Runs before
-- copy-legacy-apt.sql, in the same transaction. JobRunr's old jobs are not copied: the start-up scan enqueues a job
-- for every version whose current content has no finished render.
SELECT setval('pressroom.content_revision_seq', last_value) FROM pressroom_legacy.content_revision_seq WHERE is_called;

INSERT INTO pressroom.change_requests (atbd_id, major, revision, dispatched_revision, changed_at)
SELECT atbd_id, major, revision, dispatched_revision, changed_at FROM pressroom_legacy.change_requests;

INSERT INTO pressroom.serialization (atbd_id, major, checksum, revision, generation, state, computed_at, started_at,
                                     finished_at, attempts, error, error_details, warnings, outputs, timings,
                                     collected_at)
SELECT atbd_id, major, checksum, revision, generation, state, computed_at, started_at, finished_at, attempts, error,
       error_details, warnings, outputs, timings, collected_at
FROM pressroom_legacy.serialization;

INSERT INTO pressroom.rerender_requests (atbd_id, major, requested_at)
SELECT atbd_id, major, serialize_requested_at FROM pressroom_legacy_apt.atbd_versions
WHERE serialize_requested_at IS NOT NULL;

DROP SCHEMA pressroom_legacy CASCADE;
