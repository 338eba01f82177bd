-- JobRunr 8.7.0's PostgreSQL tables in their final shape (its migrations v000-v016, printed by
-- org.jobrunr.storage.sql.common.DatabaseSqlMigrationFileProvider postgres and folded into one step).
-- Flyway owns them; the app runs JobRunr with jobrunr.database.skip-create=true, which only checks they exist.
CREATE TABLE jobrunr_migrations
(
    id          nchar(36) PRIMARY KEY,
    script      varchar(64) NOT NULL,
    installedOn varchar(29) NOT NULL
);

CREATE TABLE jobrunr_jobs
(
    id             NCHAR(36) PRIMARY KEY,
    version        int          NOT NULL,
    jobAsJson      text         NOT NULL,
    jobSignature   VARCHAR(512) NOT NULL,
    state          VARCHAR(36)  NOT NULL,
    createdAt      TIMESTAMP    NOT NULL,
    updatedAt      TIMESTAMP    NOT NULL,
    scheduledAt    TIMESTAMP,
    recurringJobId VARCHAR(128)
);
CREATE INDEX jobrunr_state_idx ON jobrunr_jobs (state);
CREATE INDEX jobrunr_job_signature_idx ON jobrunr_jobs (jobSignature);
CREATE INDEX jobrunr_job_created_at_idx ON jobrunr_jobs (createdAt);
CREATE INDEX jobrunr_job_scheduled_at_idx ON jobrunr_jobs (scheduledAt);
CREATE INDEX jobrunr_job_rci_idx ON jobrunr_jobs (recurringJobId);
CREATE INDEX jobrunr_jobs_state_updated_idx ON jobrunr_jobs (state ASC, updatedAt ASC);

CREATE TABLE jobrunr_recurring_jobs
(
    id        NCHAR(128) PRIMARY KEY,
    version   int    NOT NULL,
    jobAsJson text   NOT NULL,
    createdAt BIGINT NOT NULL DEFAULT '0'
);
CREATE INDEX jobrunr_recurring_job_created_at_idx ON jobrunr_recurring_jobs (createdAt);

CREATE TABLE jobrunr_backgroundjobservers
(
    id                         NCHAR(36) PRIMARY KEY,
    workerPoolSize             int           NOT NULL,
    pollIntervalInSeconds      int           NOT NULL,
    firstHeartbeat             TIMESTAMP(6)  NOT NULL,
    lastHeartbeat              TIMESTAMP(6)  NOT NULL,
    running                    int           NOT NULL,
    systemTotalMemory          BIGINT        NOT NULL,
    systemFreeMemory           BIGINT        NOT NULL,
    systemCpuLoad              NUMERIC(3, 2) NOT NULL,
    processMaxMemory           BIGINT        NOT NULL,
    processFreeMemory          BIGINT        NOT NULL,
    processAllocatedMemory     BIGINT        NOT NULL,
    processCpuLoad             NUMERIC(3, 2) NOT NULL,
    deleteSucceededJobsAfter   VARCHAR(32),
    permanentlyDeleteJobsAfter VARCHAR(32),
    name                       VARCHAR(128)
);
CREATE INDEX jobrunr_bgjobsrvrs_fsthb_idx ON jobrunr_backgroundjobservers (firstHeartbeat);
CREATE INDEX jobrunr_bgjobsrvrs_lsthb_idx ON jobrunr_backgroundjobservers (lastHeartbeat);

CREATE TABLE jobrunr_metadata
(
    id        varchar(156) PRIMARY KEY,
    name      varchar(92) NOT NULL,
    owner     varchar(64) NOT NULL,
    value     text        NOT NULL,
    createdAt TIMESTAMP   NOT NULL,
    updatedAt TIMESTAMP   NOT NULL
);
INSERT INTO jobrunr_metadata (id, name, owner, value, createdAt, updatedAt)
VALUES ('succeeded-jobs-counter-cluster', 'succeeded-jobs-counter', 'cluster', '0', CURRENT_TIMESTAMP,
        CURRENT_TIMESTAMP);

CREATE VIEW jobrunr_jobs_stats
AS
with job_stat_results AS (SELECT state, count(*) AS count
    FROM jobrunr_jobs
    GROUP BY state
)
SELECT coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results), 0)                            AS total,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'AWAITING'), 0)   AS awaiting,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'SCHEDULED'), 0)  AS scheduled,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'ENQUEUED'), 0)   AS enqueued,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'PROCESSING'), 0) AS processing,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'PROCESSED'), 0)  AS processed,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'FAILED'), 0)     AS failed,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'SUCCEEDED'), 0)  AS succeeded,
       coalesce((SELECT cast(cast(value AS char(10)) AS decimal(10, 0))
                 FROM jobrunr_metadata jm
                 WHERE jm.id = 'succeeded-jobs-counter-cluster'),
                0)                                                                                        AS allTimeSucceeded,
       coalesce((SELECT sum(job_stat_results.count) FROM job_stat_results WHERE state = 'DELETED'), 0)    AS deleted,
       (SELECT count(*) FROM jobrunr_backgroundjobservers)                                                AS nbrOfBackgroundJobServers,
       (SELECT count(*) FROM jobrunr_recurring_jobs)                                                      AS nbrOfRecurringJobs;
