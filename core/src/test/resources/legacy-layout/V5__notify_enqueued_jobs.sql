-- Instant pickup: a JobRunr server only polls for new work (5 s at the least), so workers LISTEN here and
-- onboard at once (the worker's wakeup package). Statement-level, so a batch of jobs is one notification.
CREATE FUNCTION pressroom.notify_enqueued_jobs() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_jobs WHERE state = 'ENQUEUED') THEN
        PERFORM pg_notify('pressroom_jobs', '');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER jobrunr_jobs_inserted_notify
    AFTER INSERT ON jobrunr_jobs REFERENCING NEW TABLE AS changed_jobs
    FOR EACH STATEMENT EXECUTE FUNCTION pressroom.notify_enqueued_jobs();

CREATE TRIGGER jobrunr_jobs_updated_notify
    AFTER UPDATE ON jobrunr_jobs REFERENCING NEW TABLE AS changed_jobs
    FOR EACH STATEMENT EXECUTE FUNCTION pressroom.notify_enqueued_jobs();
