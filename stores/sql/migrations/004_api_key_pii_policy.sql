-- Each stored API key carries the reflex layer's PII policy for its requests (SPEC §4): redact by default,
-- or block (a 422 when a request holds PII) or allow (passed on unredacted).
ALTER TABLE api_keys ADD COLUMN pii_policy text NOT NULL DEFAULT 'redact' CHECK (pii_policy IN ('redact', 'block', 'allow'));
