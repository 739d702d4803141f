-- Entity search at scale (see bench/memory.ts). IF NOT EXISTS: an interim 002 already had these.

-- Names alone, so "the name contains a query word" is an index lookup (GIN ignores weights).
ALTER TABLE entities ADD COLUMN IF NOT EXISTS name_search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, name)) STORED;
CREATE INDEX IF NOT EXISTS entities_name_search_idx ON entities USING gin (name_search) WITH (fastupdate = off);

-- fastupdate off: a GIN pending list is scanned linearly by every search until a vacuum merges
-- it, and embedded PGlite has no autovacuum; paying at insert time keeps searches fast.
ALTER INDEX entities_search_idx SET (fastupdate = off);
ALTER INDEX entities_name_trgm_idx SET (fastupdate = off);
ALTER INDEX entities_properties_idx SET (fastupdate = off);
ALTER INDEX relationships_properties_idx SET (fastupdate = off);
-- Turning it off does not flush what the pending lists already hold.
SELECT gin_clean_pending_list('entities_search_idx'::regclass);
SELECT gin_clean_pending_list('entities_name_trgm_idx'::regclass);
SELECT gin_clean_pending_list('entities_properties_idx'::regclass);
SELECT gin_clean_pending_list('relationships_properties_idx'::regclass);
