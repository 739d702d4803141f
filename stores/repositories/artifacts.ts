// Large texts (prompts, outputs) kept out of workflow payloads: stored once per tenant under the
// SHA-256 of their content, and referenced by that id.
import { createHash } from 'node:crypto';
import type { Queryable } from '../sql/sql-db.js';

export const artifactIdOf = (content: string): string => `sha256:${createHash('sha256').update(content).digest('hex')}`;

export async function putArtifact(
  db: Queryable,
  tenantId: string,
  content: string,
  kind = 'text',
): Promise<{ artifactId: string; bytes: number }> {
  const artifactId = artifactIdOf(content);
  const bytes = Buffer.byteLength(content, 'utf8');
  await db.query(
    `INSERT INTO artifacts (tenant_id, id, kind, content, bytes) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, id) DO NOTHING`,
    [tenantId, artifactId, kind, content, bytes],
  );
  return { artifactId, bytes };
}

/** The artifact's content, or undefined when this tenant has no such artifact. */
export async function getArtifact(db: Queryable, tenantId: string, artifactId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ content: string }>('SELECT content FROM artifacts WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    artifactId,
  ]);
  return rows[0]?.content;
}
