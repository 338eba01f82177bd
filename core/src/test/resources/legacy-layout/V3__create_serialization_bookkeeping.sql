-- Pressroom's own bookkeeping lives in schema pressroom; no trigger watches it, so writing it never
-- re-triggers a serialization.

-- Changing this datetime changes the checksum: the way for anyone (API, psql) to force a re-render.
ALTER TABLE apt.atbd_versions ADD COLUMN serialize_requested_at timestamptz;

CREATE SCHEMA IF NOT EXISTS pressroom;

-- Durable change requests, one row per version. Every content change takes a new revision from one global
-- sequence in the writer's transaction; the dispatcher handles a version when revision > dispatched_revision and
-- raises dispatched_revision only after the render job exists. Coalescing per version keeps a burst of edits to
-- one row.
CREATE SEQUENCE pressroom.content_revision_seq;

CREATE TABLE pressroom.change_requests (
    atbd_id             integer     NOT NULL,
    major               integer     NOT NULL,
    revision            bigint      NOT NULL,
    dispatched_revision bigint      NOT NULL DEFAULT 0,
    changed_at          timestamptz NOT NULL,
    PRIMARY KEY (atbd_id, major)
);
CREATE INDEX change_requests_pending_idx ON pressroom.change_requests (revision)
    WHERE revision > dispatched_revision;

-- One row per (version, checksum): the content was rendered, or is being rendered, once. The row with the
-- highest revision is the version's current content; see docs/serialization-states.md for the states.
CREATE TABLE pressroom.serialization (
    atbd_id       integer     NOT NULL,
    major         integer     NOT NULL,
    checksum      char(64)    NOT NULL,
    revision      bigint      NOT NULL,
    generation    integer     NOT NULL DEFAULT 0,
    state         varchar(16) NOT NULL
        CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'superseded')),
    computed_at   timestamptz NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    attempts      integer     NOT NULL DEFAULT 0,
    error         text,
    error_details jsonb       NOT NULL DEFAULT '[]',
    warnings      jsonb       NOT NULL DEFAULT '[]',
    outputs       jsonb       NOT NULL DEFAULT '{}',
    timings       jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (atbd_id, major, checksum)
);
CREATE INDEX serialization_current_idx ON pressroom.serialization (atbd_id, major, revision DESC);
