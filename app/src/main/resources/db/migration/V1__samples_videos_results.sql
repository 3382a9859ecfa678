-- Videos known to the store, from imports or tracking. Metadata only: counts live in samples.
CREATE TABLE videos (
    video_id          TEXT PRIMARY KEY,
    title             TEXT NOT NULL DEFAULT '',
    published_at      INTEGER,            -- epoch millis, UTC; NULL when unknown
    first_seen_at     INTEGER NOT NULL,   -- epoch millis when the store first heard of it
    tracked           INTEGER NOT NULL DEFAULT 0,
    tracked_since     INTEGER,
    unavailable_since INTEGER             -- set when YouTube stops returning it; history is kept
);

-- One observation of cumulative counters. Unique per (video, instant, source): re-importing is a no-op.
-- NULL counts are unknown (hidden likes, comments off, no shares), never zero.
CREATE TABLE samples (
    video_id  TEXT    NOT NULL REFERENCES videos (video_id),
    at        INTEGER NOT NULL,           -- epoch millis, UTC
    source    TEXT    NOT NULL,           -- csv | studio | api | simulated
    views     INTEGER NOT NULL CHECK (views >= 0),
    likes     INTEGER CHECK (likes >= 0),
    comments  INTEGER CHECK (comments >= 0),
    shares    INTEGER CHECK (shares >= 0),
    stored_at INTEGER NOT NULL,           -- epoch millis when written (retention of API data counts from here)
    PRIMARY KEY (video_id, at, source)
) WITHOUT ROWID;

-- Detector results, keyed by what determines them; the in-memory cache sits in front of this table.
CREATE TABLE detection_results (
    detector_id        TEXT    NOT NULL,
    detector_version   TEXT    NOT NULL,
    settings_hash      TEXT    NOT NULL,
    series_fingerprint TEXT    NOT NULL,
    detection_json     TEXT    NOT NULL,
    computed_at        INTEGER NOT NULL,
    PRIMARY KEY (detector_id, detector_version, settings_hash, series_fingerprint)
) WITHOUT ROWID;
