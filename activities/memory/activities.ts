// The memory activities on `octo-memory` (SPEC §7). Every write is idempotent — keys derive from
// workflow id + step id (or the content itself), so a Temporal retry lands on what it already
// wrote — and everything stored passes through the PII redactor first.
import {
  EntityInputSchema,
  RelationshipInputSchema,
  type EpisodeHit,
  type EpisodePayload,
  type KnowledgeHit,
  type MemoryActivities,
  type RecordStepResultInput,
  type RecordTaskStateInput,
  type SimilarPlan,
  type UpsertEpisodeInput,
} from '../../contracts/memory.js';
import { ARMS, isArm, type Arm } from '../../contracts/names.js';
import type { StepState } from '../../contracts/step.js';
import { recordAction } from '../../stores/repositories/action-log.js';
import { getArtifact, putArtifact } from '../../stores/repositories/artifacts.js';
import { searchEntities, upsertEntities, upsertRelationships, type EntityHit } from '../../stores/repositories/knowledge-graph.js';
import { getCompletedPlans, recordStep, upsertTask } from '../../stores/repositories/tasks.js';
import type { Queryable, SqlDb } from '../../stores/sql/sql-db.js';
import type { Embedder } from '../../stores/embeddings/embedder.js';
import { pointIdOf, type VectorStore } from '../../stores/vectors/vector-store.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';
import { mapJsonStrings } from '../../contracts/json-strings.js';

export interface MemoryDeps {
  db: SqlDb;
  vectors: VectorStore;
  embedder: Embedder;
  /** The reflex layer's PII redactor; applied to every text before it is stored. */
  redact: (text: string) => string;
  /** Step outputs larger than this many bytes are stored as artifacts (default 8 KiB). */
  inlineOutputBytes?: number;
  now?: () => Date;
}

/** The step id under which a finished task's goal is remembered as a planner episode. */
export const TASK_EPISODE_STEP = '__task__';

export function createMemoryActivities(deps: MemoryDeps): MemoryActivities {
  const { db, vectors, embedder, redact } = deps;
  const inlineOutputBytes = deps.inlineOutputBytes ?? 8 * 1024;
  const now = deps.now ?? (() => new Date());
  const collections = new Map<Arm, Promise<void>>();

  const ensureCollection = (arm: Arm): Promise<void> => {
    let pending = collections.get(arm);
    if (!pending) {
      pending = vectors.ensureCollection(arm, embedder.dimension);
      pending.catch(() => collections.delete(arm));
      collections.set(arm, pending);
    }
    return pending;
  };

  async function writeStep(tx: Queryable, input: RecordStepResultInput | (StepState & { workflowId: string; taskId: string; tenantId: string })): Promise<void> {
    const stepId = 'stepId' in input ? input.stepId : input.id;
    const output = input.output === undefined ? undefined : redact(input.output);
    let outputRef: string | undefined;
    let inline = output;
    if (output !== undefined && Buffer.byteLength(output, 'utf8') > inlineOutputBytes) {
      outputRef = (await putArtifact(tx, input.tenantId, output, 'step-output')).artifactId;
      inline = undefined;
    }
    await recordStep(tx, {
      taskId: input.taskId,
      stepId,
      tenantId: input.tenantId,
      workflowId: input.workflowId,
      arm: input.arm,
      action: redact(input.action),
      dependsOn: input.dependsOn ?? [],
      risky: input.risky ?? false,
      status: input.status,
      ...(inline !== undefined ? { output: inline } : {}),
      ...(outputRef ? { outputRef } : {}),
      ...(input.provenance ? { provenance: input.provenance } : {}),
      ...(input.approval ? { approval: mapJsonStrings(input.approval, redact) } : {}),
      ...(input.error ? { error: { code: input.error.code, message: redact(input.error.message) } } : {}),
    });
  }

  /** Embeds the episodes in one batch and writes them per arm collection. */
  async function upsertEpisodes(inputs: UpsertEpisodeInput[]): Promise<string[]> {
    if (inputs.length === 0) return [];
    const points = inputs.map((input) => {
      const createdAt = input.createdAt ?? now().toISOString();
      const payload: EpisodePayload = {
        tenantId: input.tenantId,
        taskId: input.taskId,
        workflowId: input.workflowId,
        stepId: input.stepId,
        arm: input.arm,
        text: redact(input.text),
        success: input.success,
        createdAt,
        createdAtMs: Date.parse(createdAt),
      };
      return { id: pointIdOf(input.tenantId, input.workflowId, input.stepId), payload };
    });
    const embeddings = await embedder.embed(points.map((p) => p.payload.text));
    for (const arm of new Set(points.map((p) => p.payload.arm))) {
      await ensureCollection(arm);
      await vectors.upsert(
        arm,
        points.flatMap((p, i) => (p.payload.arm === arm ? [{ id: p.id, vector: embeddings[i]!, payload: p.payload }] : [])),
      );
    }
    return points.map((p) => p.id);
  }

  async function upsertEpisode(input: UpsertEpisodeInput): Promise<{ episodeId: string }> {
    const [episodeId] = await upsertEpisodes([input]);
    return { episodeId: episodeId! };
  }

  /** Writes the task row and its steps; false when a newer snapshot is already stored. */
  async function writeTaskState({ workflowId, goal, state }: RecordTaskStateInput): Promise<boolean> {
    return db.transaction(async (tx) => {
      const written = await upsertTask(tx, {
        ...state,
        workflowId,
        goal: redact(goal),
        ...(state.plan ? { plan: mapJsonStrings(state.plan, redact) } : {}),
        ...(state.result ? { result: mapJsonStrings(state.result, redact) } : {}),
        ...(state.error ? { error: { code: state.error.code, message: redact(state.error.message) } } : {}),
      });
      // A stale snapshot (a late retry) must not roll the steps back either.
      if (!written) return false;
      for (const step of state.steps) {
        await writeStep(tx, { ...step, workflowId, taskId: state.taskId, tenantId: state.tenantId });
      }
      return true;
    });
  }

  /** A finished task becomes an episode the planner can learn from (findSimilarPlans). */
  const taskEpisode = ({ workflowId, goal, state }: RecordTaskStateInput): UpsertEpisodeInput[] =>
    state.status === 'completed' || state.status === 'failed'
      ? [{ workflowId, tenantId: state.tenantId, taskId: state.taskId, stepId: TASK_EPISODE_STEP, arm: 'planner', text: goal, success: state.status === 'completed', createdAt: state.updatedAt }]
      : [];

  async function searchEpisodes(input: Parameters<MemoryActivities['searchEpisodes']>[0]): Promise<EpisodeHit[]> {
    const limit = clampLimit(input.limit);
    if (input.query.trim() === '') return [];
    const [vector] = await embedder.embed([redact(input.query)]);
    const arms = input.arms ?? [...ARMS];
    const perArm = await Promise.all(
      arms.map((arm) =>
        vectors.search<EpisodePayload>(arm, vector!, {
          tenantId: input.tenantId,
          limit,
          ...(input.successOnly ? { filter: { success: true } } : {}),
        }),
      ),
    );
    return perArm
      .flat()
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((h) => ({ episodeId: h.id, score: h.score, payload: h.payload }));
  }

  return {
    async recordTaskState(input) {
      await writeTaskState(input);
      await upsertEpisodes(taskEpisode(input));
    },

    async rememberTask(input) {
      await writeTaskState(input);
      const { workflowId, state } = input;
      const success = state.status === 'completed';
      const stepEpisodes = state.steps.flatMap((step): UpsertEpisodeInput[] =>
        step.status === 'completed' && step.output && isArm(step.arm)
          ? [{
              workflowId,
              tenantId: state.tenantId,
              taskId: state.taskId,
              stepId: step.id,
              arm: step.arm,
              text: `${step.action}\n${step.output}`.slice(0, 4_000),
              success,
              createdAt: step.provenance?.timestamp,
            }]
          : [],
      );
      await upsertEpisodes([...taskEpisode(input), ...stepEpisodes]);
    },

    async recordStepResult(input) {
      await db.transaction(async (tx) => {
        await writeStep(tx, input);
        if (input.provenance) {
          await recordAction(tx, {
            tenantId: input.tenantId,
            taskId: input.taskId,
            workflowId: input.workflowId,
            stepId: input.stepId,
            kind: `step_${input.status}`,
            arm: input.arm,
            provenance: input.provenance,
          });
        }
      });
    },

    async storeArtifact({ tenantId, content, kind }) {
      return putArtifact(db, tenantId, redact(content), kind);
    },

    async loadArtifact({ tenantId, artifactId }) {
      const content = await getArtifact(db, tenantId, artifactId);
      return content === undefined ? null : { content };
    },

    upsertEpisode,
    searchEpisodes,

    async upsertEntities(input) {
      const entities = input.entities.map((e) => EntityInputSchema.parse(mapJsonStrings(e, redact)));
      const relationships = (input.relationships ?? []).map((r) => RelationshipInputSchema.parse(mapJsonStrings(r, redact)));
      const source = `${input.workflowId}/${input.stepId}`;
      return db.transaction(async (tx) => {
        const entityIds = await upsertEntities(tx, input.tenantId, entities, source);
        if (relationships.length === 0) return { entityIds, relationshipIds: [] };
        const endpoints = relationships.flatMap((r) => [r.from, r.to]);
        // Endpoints named only in a relationship still need a row; existing ones are left as they are.
        const endpointIds = await upsertEntities(tx, input.tenantId, endpoints, source);
        const relationshipIds = await upsertRelationships(
          tx,
          input.tenantId,
          relationships.map((r, i) => ({ fromId: endpointIds[2 * i]!, toId: endpointIds[2 * i + 1]!, type: r.type, properties: r.properties })),
          source,
        );
        return { entityIds, relationshipIds };
      });
    },

    async searchKnowledge(input) {
      const limit = clampLimit(input.limit);
      const query = redact(input.query);
      const [entities, episodes] = await Promise.all([
        searchEntities(db, input.tenantId, query, limit),
        searchEpisodes({ tenantId: input.tenantId, query, limit, ...(input.arms ? { arms: input.arms } : {}) }),
      ]);
      const fused = reciprocalRankFusion<KnowledgeHit>(
        [entities.map(entityHit), episodes.map(episodeHit)],
        (hit) => `${hit.source}:${hit.id}`,
      ).slice(0, limit);
      const hits = fused.map((f) => ({ ...f.item, score: f.score }));
      return { hits, citations: hits.map((h) => h.id) };
    },

    async findSimilarPlans({ tenantId, goal, limit }) {
      const wanted = Math.min(Math.max(Math.trunc(limit ?? 3), 1), 10);
      // Over-fetch: some matched episodes may belong to tasks whose rows were cleaned up.
      const episodes = await searchEpisodes({ tenantId, query: goal, arms: ['planner'], successOnly: true, limit: wanted * 3 });
      const taskEpisodes = episodes.filter((e) => e.payload.stepId === TASK_EPISODE_STEP);
      const plans = new Map((await getCompletedPlans(db, tenantId, taskEpisodes.map((e) => e.payload.taskId))).map((p) => [p.taskId, p]));
      const out: SimilarPlan[] = [];
      for (const e of taskEpisodes) {
        const p = plans.get(e.payload.taskId);
        if (p && !out.some((o) => o.taskId === p.taskId)) out.push({ ...p, score: e.score });
      }
      return out.slice(0, wanted);
    },
  };
}

const clampLimit = (limit: number | undefined): number => Math.min(Math.max(Math.trunc(limit ?? 10), 1), 100);

function entityHit(e: EntityHit): KnowledgeHit {
  const props = Object.entries(e.properties)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('; ');
  return {
    source: 'entity',
    id: e.id,
    text: props ? `${e.type} ${e.name} (${props})` : `${e.type} ${e.name}`,
    score: e.score,
    entity: { type: e.type, name: e.name, properties: e.properties },
  };
}

function episodeHit(e: EpisodeHit): KnowledgeHit {
  const p = e.payload;
  return {
    source: 'episode',
    id: e.episodeId,
    text: p.text,
    score: e.score,
    episode: { taskId: p.taskId, stepId: p.stepId, arm: p.arm, success: p.success, createdAt: p.createdAt },
  };
}
