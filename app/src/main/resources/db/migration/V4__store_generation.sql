-- The store's identity and the generation of its data. Every write of samples, videos, tracking or paid media adds
-- one to the generation (the results cache does not), so a report asked for again over unchanged data can hand
-- back the output it wrote before instead of reading and writing every video again (docs/architecture.md,
-- "Report reuse"). The identity is a random id the store gets when first opened: a store deleted and made anew
-- at the same path starts again at generation 0 under another identity.
CREATE TABLE store_generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    identity   TEXT    NOT NULL,
    generation BIGINT  NOT NULL
);
