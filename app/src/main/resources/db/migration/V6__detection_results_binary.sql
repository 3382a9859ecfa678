-- Cached detections as binary rows (analysis.CachedDetection, format 3) instead of JSON text: formatting and parsing
-- their doubles was a fifth of a cold report's CPU. The JSON rows are dropped, not converted: the results cache
-- recomputes whatever it misses. A rowid table, unlike the old WITHOUT ROWID one, keeps a row of a few kilobytes
-- on its own page rather than spilling most of it onto an overflow page.
DROP TABLE detection_results;

CREATE TABLE detection_results (
    detector_id        TEXT    NOT NULL,
    detector_version   TEXT    NOT NULL,
    settings_hash      TEXT    NOT NULL,
    series_fingerprint TEXT    NOT NULL,
    detection          BLOB    NOT NULL,
    computed_at        INTEGER NOT NULL,
    PRIMARY KEY (detector_id, detector_version, settings_hash, series_fingerprint)
);
