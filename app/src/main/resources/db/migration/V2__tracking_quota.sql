-- Tracking YouTube videos (docs/architecture.md#youtube-tracking): when each video was last fetched, who is fetching it now, the quota
-- spent per Pacific-time day, and the ETag of each batch.

-- last_fetched_at: when videos.list last answered for this video (200 or 304); the minimum poll interval counts
-- from here. claimed_at/claimed_by: a run (process id) is asking YouTube for this video right now; other runs
-- leave it alone until the claim is released, expires, or its process is gone.
ALTER TABLE videos ADD COLUMN last_fetched_at INTEGER;
ALTER TABLE videos ADD COLUMN claimed_at INTEGER;
ALTER TABLE videos ADD COLUMN claimed_by INTEGER;

CREATE INDEX videos_tracked ON videos (tracked, video_id);

-- Quota units spent per day of YouTube's quota clock (midnight to midnight, America/Los_Angeles). A unit is
-- reserved before each request is sent, so a crash can over-count a request but never under-count one.
CREATE TABLE quota_ledger (
    day          TEXT PRIMARY KEY,        -- YYYY-MM-DD, Pacific time
    units_used   INTEGER NOT NULL DEFAULT 0,
    calls        INTEGER NOT NULL DEFAULT 0,
    exhausted_at INTEGER                  -- epoch millis when YouTube answered quotaExceeded; NULL otherwise
);

-- The ETag YouTube gave the last answer for a batch (the exact set of ids), sent back as If-None-Match.
CREATE TABLE batch_etags (
    batch_key  TEXT PRIMARY KEY,          -- SHA-256 of the sorted ids of the batch
    etag       TEXT    NOT NULL,
    fetched_at INTEGER NOT NULL           -- epoch millis of the answer that carried it
);

-- Retention purges API samples by the time they were stored.
CREATE INDEX samples_source_stored ON samples (source, stored_at);
