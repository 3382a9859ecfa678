-- Owner analytics (docs/youtube.md#owner-analytics): each day of each owned video as the YouTube Analytics API
-- reported it, the totals a pull was anchored to, and every revision YouTube made to a day already stored. The
-- cumulative samples (source 'analytics') are derived from these. Portable SQL: SQLite and PostgreSQL.

-- Cumulative minutes watched (estimatedMinutesWatched); NULL for every source but owner analytics.
ALTER TABLE samples ADD COLUMN watch_minutes BIGINT CHECK (watch_minutes >= 0);

CREATE TABLE analytics_days (
    video_id           TEXT    NOT NULL,
    day                TEXT    NOT NULL,   -- YYYY-MM-DD, the channel's reporting day (Pacific time)
    views              BIGINT  NOT NULL,
    likes              BIGINT  NOT NULL,
    comments           BIGINT  NOT NULL,
    shares             BIGINT  NOT NULL,
    watch_minutes      BIGINT  NOT NULL,   -- estimatedMinutesWatched
    subscribers_gained BIGINT  NOT NULL,
    provisional        INTEGER NOT NULL,   -- 1 while YouTube may still revise the day
    pulled_at          BIGINT  NOT NULL,   -- epoch millis of the pull that wrote the figures
    PRIMARY KEY (video_id, day)
);

-- The totals of a video before its first pulled day: zeros when the pull started at publication, else the
-- lifetime total up to that day, as the API reported it.
CREATE TABLE analytics_anchors (
    video_id           TEXT   PRIMARY KEY,
    first_day          TEXT   NOT NULL,
    views              BIGINT NOT NULL,
    likes              BIGINT NOT NULL,
    comments           BIGINT NOT NULL,
    shares             BIGINT NOT NULL,
    watch_minutes      BIGINT NOT NULL,
    subscribers_gained BIGINT NOT NULL
);

-- A stored day whose figures a later pull changed: the one case where stored data are replaced, kept as a record.
CREATE TABLE analytics_revisions (
    video_id               TEXT   NOT NULL,
    day                    TEXT   NOT NULL,
    revised_at             BIGINT NOT NULL,
    old_views              BIGINT NOT NULL,
    new_views              BIGINT NOT NULL,
    old_shares             BIGINT NOT NULL,
    new_shares             BIGINT NOT NULL,
    old_likes              BIGINT NOT NULL,
    new_likes              BIGINT NOT NULL,
    old_comments           BIGINT NOT NULL,
    new_comments           BIGINT NOT NULL,
    old_watch_minutes      BIGINT NOT NULL,
    new_watch_minutes      BIGINT NOT NULL,
    PRIMARY KEY (video_id, day, revised_at)
);
