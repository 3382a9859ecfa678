-- Paid media (docs/campaigns.md): the flights an analyst declares, day by day, and the views YouTube Studio
-- attributes to each traffic source.

-- A campaign is a name and, when spend is given, its currency (ISO 4217).
CREATE TABLE campaigns (
    name       TEXT PRIMARY KEY,
    currency   TEXT,
    created_at INTEGER NOT NULL            -- epoch millis
);

-- One day of one video's flight. At most one of the three figures is the flight's stimulus; a flight declared
-- without daily figures has its total spread evenly over its days (or no figure at all: the days alone).
CREATE TABLE campaign_days (
    campaign    TEXT NOT NULL REFERENCES campaigns (name) ON DELETE CASCADE,
    video_id    TEXT NOT NULL,
    day         TEXT NOT NULL,             -- YYYY-MM-DD, UTC
    spend       REAL,
    impressions REAL,
    paid_views  REAL,
    PRIMARY KEY (campaign, video_id, day)
);
CREATE INDEX campaign_days_video ON campaign_days (video_id, day);

-- Daily views by traffic source, from YouTube Studio exports with the Traffic source dimension.
CREATE TABLE traffic_source_days (
    video_id TEXT    NOT NULL,
    day      TEXT    NOT NULL,             -- YYYY-MM-DD
    source   TEXT    NOT NULL,             -- YouTube's name, such as 'YouTube advertising'
    views    INTEGER NOT NULL,
    PRIMARY KEY (video_id, day, source)
);
