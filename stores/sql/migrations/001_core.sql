-- Tenants, API keys, task history, the provenance/action log, artifacts and the audit log.
-- Every tenant-owned table carries tenant_id; every read filters on it.

CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text,
  tier text NOT NULL DEFAULT 'pro',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Keys are high-entropy random strings, so a fast SHA-256 is the right hash; prefix is for display only.
CREATE TABLE api_keys (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  key_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  name text,
  tier text NOT NULL DEFAULT 'pro',
  rate_per_minute integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX api_keys_tenant_idx ON api_keys (tenant_id);

-- No foreign key to tenants: tenants configured through OCTOLLM_API_KEYS have no row there.
CREATE TABLE tasks (
  id text PRIMARY KEY,
  tenant_id text NOT NULL,
  workflow_id text NOT NULL,
  status text NOT NULL,
  goal text NOT NULL,
  plan jsonb,
  result jsonb,
  usage jsonb NOT NULL DEFAULT '{"inputTokens":0,"outputTokens":0,"costUsd":0}',
  provenance jsonb NOT NULL DEFAULT '[]',
  error jsonb,
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX tasks_tenant_submitted_idx ON tasks (tenant_id, submitted_at DESC, id DESC);
CREATE INDEX tasks_tenant_status_idx ON tasks (tenant_id, status, submitted_at DESC, id DESC);

CREATE TABLE task_steps (
  task_id text NOT NULL,
  step_id text NOT NULL,
  tenant_id text NOT NULL,
  workflow_id text NOT NULL,
  arm text NOT NULL,
  action text NOT NULL DEFAULT '',
  depends_on jsonb NOT NULL DEFAULT '[]',
  risky boolean NOT NULL DEFAULT false,
  status text NOT NULL,
  output text,
  -- Set instead of output when the output is large: the id of an artifact.
  output_ref text,
  provenance jsonb,
  approval jsonb,
  error jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (task_id, step_id)
);
CREATE INDEX task_steps_tenant_idx ON task_steps (tenant_id, task_id);

-- One row per (workflow, step, kind): a retried activity writes the same key and changes nothing.
CREATE TABLE action_log (
  id bigserial PRIMARY KEY,
  tenant_id text NOT NULL,
  task_id text NOT NULL,
  workflow_id text NOT NULL,
  step_id text NOT NULL,
  kind text NOT NULL,
  arm text,
  provenance jsonb,
  detail jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workflow_id, step_id, kind)
);
CREATE INDEX action_log_tenant_task_idx ON action_log (tenant_id, task_id);
CREATE INDEX action_log_created_idx ON action_log (created_at);

-- Content-addressed: the id is the SHA-256 of the content, so storing the same text twice is one row.
CREATE TABLE artifacts (
  tenant_id text NOT NULL,
  id text NOT NULL,
  kind text NOT NULL DEFAULT 'text',
  content text NOT NULL,
  bytes integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

-- tenant_id is null for events with no known tenant (an unknown API key).
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  tenant_id text,
  kind text NOT NULL,
  actor text,
  request_id text,
  detail jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant_idx ON audit_log (tenant_id, created_at DESC);
CREATE INDEX audit_log_created_idx ON audit_log (created_at);
