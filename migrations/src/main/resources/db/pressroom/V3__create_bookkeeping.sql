-- Pressroom's own bookkeeping lives in schema pressroom, beside nothing of APT's; no trigger of V4 watches these
-- tables except rerender_requests, so writing them never re-triggers a serialization.

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
    -- when the garbage collector removed the outputs from S3; the row stays as history
    collected_at  timestamptz,
    PRIMARY KEY (atbd_id, major, checksum)
);
CREATE INDEX serialization_current_idx ON pressroom.serialization (atbd_id, major, revision DESC);

-- Forced re-renders: the datetime is part of the checksum, so a new one renders the version again. Kept here, not
-- in APT's atbd_versions, so that Pressroom alters no table of APT's. The REST API writes it; so can anyone:
--   INSERT INTO pressroom.rerender_requests (atbd_id, major) SELECT atbd_id, major FROM apt.atbd_versions
--   ON CONFLICT (atbd_id, major) DO UPDATE SET requested_at = excluded.requested_at;
CREATE TABLE pressroom.rerender_requests (
    atbd_id      integer     NOT NULL,
    major        integer     NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (atbd_id, major)
);
