-- Issue #11: Pressroom's own render queue in front of JobRunr, renderer versions that follow the renderer, and
-- worker liveness for a fast takeover. See docs/admission.md and docs/serialization-states.md.

-- Each (re)queueing of a serialization takes a generation from here, so its JobRunr job id (a name-based UUID of
-- version, checksum and generation) is new even for content rendered before under a version that was deleted and
-- created again (issue #12: "Skipped Job ... as it already exists"). Rows from before keep their small generations.
CREATE SEQUENCE pressroom.render_generation_seq AS integer START WITH 1000000;

-- renderer: the renderer version the checksum was computed with (null: before this migration, so outdated).
-- priority: 0 interactive, 1 bulk. queued_at: order within a priority. admitted_at: when the row was handed to
-- JobRunr (null: waiting in Pressroom's queue). not_before: an attempt that failed waits until then.
-- worker_id: the worker (pressroom.render_workers) running the current attempt.
ALTER TABLE pressroom.serialization
    ADD COLUMN renderer    text,
    ADD COLUMN priority    smallint    NOT NULL DEFAULT 1,
    ADD COLUMN queued_at   timestamptz,
    ADD COLUMN admitted_at timestamptz,
    ADD COLUMN not_before  timestamptz,
    ADD COLUMN worker_id   uuid;

-- Unfinished rows from before this migration have JobRunr jobs already: they count as admitted.
UPDATE pressroom.serialization
SET queued_at = computed_at, admitted_at = CASE WHEN state IN ('queued', 'running') THEN computed_at END;

-- What admission reads on every call: the queue in priority order, and what is in JobRunr's hands.
CREATE INDEX serialization_waiting_idx ON pressroom.serialization (priority, queued_at)
    WHERE state = 'queued' AND admitted_at IS NULL;
CREATE INDEX serialization_in_flight_idx ON pressroom.serialization (priority, worker_id)
    WHERE state IN ('queued', 'running') AND admitted_at IS NOT NULL;
-- The backlog scan's anti-join: versions without a live or finished row at the current renderer version.
CREATE INDEX serialization_renderer_idx ON pressroom.serialization (atbd_id, major, renderer)
    WHERE state <> 'superseded';

-- Renderer versions as workers computed them (a digest of the renderer's code, templates and tables, and the TeX
-- toolchain's `pdflatex --version`); dispatchers, the app node included, read the current one from here.
CREATE TABLE pressroom.renderers (
    version       char(64)    PRIMARY KEY,
    code_digest   char(64)    NOT NULL,
    tex_version   text        NOT NULL,
    registered_at timestamptz NOT NULL
);

-- Workers that render. A worker is alive while the session-level advisory lock (pressroom's class, lock_id) is held
-- by its own connection: PostgreSQL releases it the moment that session ends, so a killed worker's renders are taken
-- over in seconds, not after JobRunr's orphan detection.
CREATE SEQUENCE pressroom.render_worker_lock_seq AS integer;

CREATE TABLE pressroom.render_workers (
    id         uuid        PRIMARY KEY,
    lock_id    integer     NOT NULL UNIQUE,
    renderer   char(64)    NOT NULL REFERENCES pressroom.renderers,
    slots      integer     NOT NULL CHECK (slots >= 0),
    host       text        NOT NULL,
    started_at timestamptz NOT NULL
);
