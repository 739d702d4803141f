-- The knowledge graph: entities and typed relationships with JSONB properties, searchable by
-- full text (weighted: name above property values) and by trigram similarity of names.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- Ids are derived from (tenant, type, lower(name)), so an upsert retried by Temporal hits the same row.
CREATE TABLE entities (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL,
  type text NOT NULL,
  name text NOT NULL,
  properties jsonb NOT NULL DEFAULT '{}',
  source text,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, name), 'A')
      || setweight(jsonb_to_tsvector('english'::regconfig, properties, '["string"]'), 'B')
  ) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_tenant_type_idx ON entities (tenant_id, type);
CREATE INDEX entities_search_idx ON entities USING gin (search);
CREATE INDEX entities_name_trgm_idx ON entities USING gin (name gin_trgm_ops);
CREATE INDEX entities_properties_idx ON entities USING gin (properties jsonb_path_ops);

CREATE TABLE relationships (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL,
  from_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  to_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  type text NOT NULL,
  properties jsonb NOT NULL DEFAULT '{}',
  source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX relationships_from_idx ON relationships (tenant_id, from_id);
CREATE INDEX relationships_to_idx ON relationships (tenant_id, to_id);
CREATE INDEX relationships_properties_idx ON relationships USING gin (properties jsonb_path_ops);
