// The knowledge graph: entities and relationships, upserted idempotently (ids derived from their
// natural keys) and found by full text (English stemming, name weighted above properties) plus
// trigram similarity of names, which forgives typos.
import type { Entity } from '../../contracts/memory.js';
import type { Queryable } from '../sql/sql-db.js';
import { stableUuid, toIso } from '../ids.js';

export interface EntityWrite {
  type: string;
  name: string;
  properties?: Record<string, unknown>;
}

export interface RelationshipWrite {
  fromId: string;
  toId: string;
  type: string;
  properties?: Record<string, unknown>;
}

export interface EntityHit extends Entity {
  score: number;
}

const UPSERT_CHUNK = 500;

export const entityIdOf = (tenantId: string, type: string, name: string): string =>
  stableUuid('entity', tenantId, type.trim().toLowerCase(), name.trim().toLowerCase());

export const relationshipIdOf = (tenantId: string, fromId: string, toId: string, type: string): string =>
  stableUuid('relationship', tenantId, fromId, toId, type.trim().toLowerCase());

/**
 * Inserts entities or merges new properties into existing ones; returns their ids in input order.
 * A row that already holds every given property is left untouched, so a retried write changes nothing.
 */
export async function upsertEntities(db: Queryable, tenantId: string, entities: EntityWrite[], source?: string): Promise<string[]> {
  const ids = entities.map((e) => entityIdOf(tenantId, e.type, e.name));
  // One statement may not touch a row twice: merge duplicates first.
  const unique = new Map<string, EntityWrite & { properties: Record<string, unknown> }>();
  entities.forEach((e, i) => {
    const id = ids[i]!;
    const seen = unique.get(id);
    unique.set(id, { type: e.type.trim(), name: e.name.trim(), properties: { ...seen?.properties, ...e.properties } });
  });
  const rows = [...unique.entries()];
  for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
    const chunk = rows.slice(start, start + UPSERT_CHUNK);
    const params: unknown[] = [tenantId, source ?? null];
    const values = chunk.map(([id, e]) => {
      params.push(id, e.type, e.name, JSON.stringify(e.properties));
      const n = params.length;
      return `($${n - 3}::uuid, $1, $${n - 2}, $${n - 1}, $${n}::jsonb, $2)`;
    });
    await db.query(
      `INSERT INTO entities (id, tenant_id, type, name, properties, source) VALUES ${values.join(', ')}
       ON CONFLICT (id) DO UPDATE SET
         properties = entities.properties || EXCLUDED.properties, source = EXCLUDED.source, updated_at = now()
       WHERE entities.tenant_id = EXCLUDED.tenant_id AND NOT (entities.properties @> EXCLUDED.properties)`,
      params,
    );
  }
  return ids;
}

/** Inserts relationships between existing entities of the tenant, merging properties like entities. */
export async function upsertRelationships(
  db: Queryable,
  tenantId: string,
  relationships: RelationshipWrite[],
  source?: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const r of relationships) {
    const id = relationshipIdOf(tenantId, r.fromId, r.toId, r.type);
    ids.push(id);
    // The SELECT makes a relationship to another tenant's entity impossible: it inserts nothing.
    await db.query(
      `INSERT INTO relationships (id, tenant_id, from_id, to_id, type, properties, source)
       SELECT $1::uuid, $2, f.id, t.id, $5, $6::jsonb, $7
         FROM entities f, entities t
        WHERE f.id = $3::uuid AND f.tenant_id = $2 AND t.id = $4::uuid AND t.tenant_id = $2
       ON CONFLICT (id) DO UPDATE SET
         properties = relationships.properties || EXCLUDED.properties, source = EXCLUDED.source, updated_at = now()
       WHERE relationships.tenant_id = EXCLUDED.tenant_id AND NOT (relationships.properties @> EXCLUDED.properties)`,
      [id, tenantId, r.fromId, r.toId, r.type.trim(), JSON.stringify(r.properties ?? {}), source ?? null],
    );
  }
  return ids;
}

interface EntityDbRow {
  id: string;
  tenant_id: string;
  type: string;
  name: string;
  properties: Record<string, unknown>;
  updated_at: Date | string;
  score?: number;
}

const entityOf = (r: EntityDbRow): Entity => ({
  id: r.id,
  tenantId: r.tenant_id,
  type: r.type,
  name: r.name,
  properties: r.properties,
  updatedAt: toIso(r.updated_at),
});

/**
 * The tenant's entities best matching `query`, in tiers, so the work stays proportional to the
 * answer rather than to the table: entities containing every query word (stemmed), then any two of
 * them, then names containing any, then any word at all (the last two ranked within bounded
 * candidate sets).
 * The tiers are one UNION ALL under a LIMIT, so later tiers only run when earlier ones come up
 * short. Only when nothing matches are names compared by trigram similarity (typos). Within a
 * tier, cover density ranks, with names weighted above property values.
 */
export async function searchEntities(db: Queryable, tenantId: string, query: string, limit = 10): Promise<EntityHit[]> {
  const terms = await lexemesOf(db, query);
  const found: EntityHit[] = [];
  if (terms.length > 0) {
    const quoted = terms.map((t) => `'${t}'`);
    const all = quoted.join(' & ');
    const any = quoted.join(' | ');
    // With one word, "every word" is "any word": cap it like the any-word tier.
    const tiers: Tier[] = [{ column: 'search', tsquery: all, ...(quoted.length === 1 ? { cap: ANY_WORD_CANDIDATES } : {}) }];
    if (quoted.length > 2) tiers.push({ column: 'search', tsquery: pairsOf(quoted).map(([a, b]) => `(${a} & ${b})`).join(' | ') });
    if (quoted.length > 1) {
      tiers.push({ column: 'name_search', tsquery: any, cap: NAME_WORD_CANDIDATES }, { column: 'search', tsquery: any, cap: ANY_WORD_CANDIDATES });
    }
    // Each tier excludes what earlier tiers matched, so no entity appears twice.
    const branches = tiers.map((tier, i) => {
      const excluded = tiers
        .slice(0, i)
        .map((earlier, j) => ` AND NOT ${earlier.column} @@ to_tsquery('simple', $${j + 3})`)
        .join('');
      const cap = tier.cap ? `LIMIT ${tier.cap}` : '';
      return `(SELECT ${i} AS tier, c.id, c.tenant_id, c.type, c.name, c.properties, c.updated_at,
                      ts_rank_cd(c.search, to_tsquery('simple', $${i + 3})) AS score
                 FROM (SELECT * FROM entities
                        WHERE tenant_id = $1 AND ${tier.column} @@ to_tsquery('simple', $${i + 3})${excluded} ${cap}) c
                ORDER BY score DESC, c.id LIMIT $2)`;
    });
    const { rows } = await db.query<EntityDbRow & { tier: number; score: number }>(
      `SELECT * FROM (${branches.join('\nUNION ALL\n')}) tiers LIMIT $2`,
      [tenantId, limit, ...tiers.map((t) => t.tsquery)],
    );
    rows.sort((a, b) => a.tier - b.tier || Number(b.score) - Number(a.score));
    for (const r of rows) found.push({ ...entityOf(r), score: Number(r.score) });
  }
  if (found.length === 0 && query.trim().length <= MAX_TRIGRAM_QUERY) {
    const { rows } = await db.query<EntityDbRow & { score: number }>(
      `SELECT id, tenant_id, type, name, properties, updated_at, similarity(name, $2) AS score
         FROM entities WHERE tenant_id = $1 AND name % $2 ORDER BY score DESC, id LIMIT $3`,
      [tenantId, query.trim(), limit],
    );
    for (const r of rows) found.push({ ...entityOf(r), score: Number(r.score) });
  }
  return found;
}

interface Tier {
  column: 'search' | 'name_search';
  tsquery: string;
  /** Rank at most this many candidates (single-word tiers can match a large share of the table). */
  cap?: number;
}

// Single-word matches of common words may be a large share of the table; those tiers rank only
// this many candidates (in index order) so their cost stays flat as the graph grows.
const NAME_WORD_CANDIDATES = 100;
const ANY_WORD_CANDIDATES = 200;
const MAX_TRIGRAM_QUERY = 64;
const MAX_QUERY_TERMS = 8;

/** The query's distinct stemmed words (English), safe to quote inside a tsquery. */
async function lexemesOf(db: Queryable, query: string): Promise<string[]> {
  if (query.trim() === '') return [];
  const { rows } = await db.query<{ lexeme: string }>(
    `SELECT lexeme FROM unnest(tsvector_to_array(to_tsvector('english', $1))) AS lexeme
      WHERE strpos(lexeme, '''') = 0 AND strpos(lexeme, chr(92)) = 0`,
    [query.slice(0, 2_000)],
  );
  return rows.map((r) => r.lexeme).slice(0, MAX_QUERY_TERMS);
}

function pairsOf<T>(items: T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) pairs.push([items[i]!, items[j]!]);
  return pairs;
}

export async function getEntity(db: Queryable, tenantId: string, id: string): Promise<Entity | undefined> {
  const { rows } = await db.query<EntityDbRow>(
    'SELECT id, tenant_id, type, name, properties, updated_at FROM entities WHERE tenant_id = $1 AND id = $2::uuid',
    [tenantId, id],
  );
  return rows[0] ? entityOf(rows[0]) : undefined;
}

/** Entities one relationship away from `id`, with the relationship type and direction. */
export async function relatedEntities(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<{ relationship: string; direction: 'out' | 'in'; entity: Entity }[]> {
  const { rows } = await db.query<EntityDbRow & { rel_type: string; direction: 'out' | 'in' }>(
    `SELECT r.type AS rel_type, 'out' AS direction, e.id, e.tenant_id, e.type, e.name, e.properties, e.updated_at
       FROM relationships r JOIN entities e ON e.id = r.to_id AND e.tenant_id = r.tenant_id
      WHERE r.tenant_id = $1 AND r.from_id = $2::uuid
     UNION ALL
     SELECT r.type, 'in', e.id, e.tenant_id, e.type, e.name, e.properties, e.updated_at
       FROM relationships r JOIN entities e ON e.id = r.from_id AND e.tenant_id = r.tenant_id
      WHERE r.tenant_id = $1 AND r.to_id = $2::uuid`,
    [tenantId, id],
  );
  return rows.map((r) => ({ relationship: r.rel_type, direction: r.direction, entity: entityOf(r) }));
}
