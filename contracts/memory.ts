// Memory contracts (SPEC §7): what the workflow, the arms and the gateway exchange with the memory
// activities on `octo-memory` and with the task history.
import { z } from 'zod';
import type { Arm } from './names.js';
import type { Plan } from './plan.js';
import type { StepState, StepStatus, TaskState } from './step.js';
import type { TaskStatus } from './task.js';
import type { Provenance } from './usage.js';

/** A task as kept in history: the workflow's state plus the (already redacted) goal. */
export interface TaskRecord extends TaskState {
  goal: string;
  workflowId: string;
}

export interface TaskListQuery {
  status?: TaskStatus;
  /** 1–100, default 20. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export type TaskSummary = Pick<TaskRecord, 'taskId' | 'status' | 'goal' | 'usage' | 'submittedAt' | 'updatedAt' | 'error'>;

export interface TaskPage {
  tasks: TaskSummary[];
  /** Present when more tasks follow. */
  nextCursor?: string;
}

// ---- memory activity inputs and outputs (all JSON, so they travel through Temporal) ----

export interface RecordTaskStateInput {
  workflowId: string;
  goal: string;
  state: TaskState;
}

export interface RecordStepResultInput {
  workflowId: string;
  taskId: string;
  tenantId: string;
  stepId: string;
  arm: Arm;
  action: string;
  dependsOn?: string[];
  risky?: boolean;
  status: StepStatus;
  output?: string;
  provenance?: Provenance;
  approval?: StepState['approval'];
  error?: { code: string; message: string };
}

export interface StoreArtifactInput {
  tenantId: string;
  content: string;
  kind?: string;
}

export interface ArtifactRef {
  /** `sha256:<hex>` of the stored (redacted) content. */
  artifactId: string;
  bytes: number;
}

export interface LoadArtifactInput {
  tenantId: string;
  artifactId: string;
}

/** What is kept with each episodic-memory vector (SPEC §7: tenant, task, step, redacted text, success, time). */
export interface EpisodePayload {
  tenantId: string;
  taskId: string;
  workflowId: string;
  stepId: string;
  arm: Arm;
  text: string;
  success: boolean;
  /** ISO time of the episode. */
  createdAt: string;
  /** The same time in epoch milliseconds, for range filters (age-based clean-up). */
  createdAtMs: number;
}

export interface UpsertEpisodeInput {
  workflowId: string;
  tenantId: string;
  taskId: string;
  stepId: string;
  arm: Arm;
  text: string;
  success: boolean;
  /** Defaults to now; pass the step's time so a retry writes the same payload. */
  createdAt?: string;
}

export interface SearchEpisodesInput {
  tenantId: string;
  query: string;
  /** Arms whose episodes to search; default all. */
  arms?: Arm[];
  successOnly?: boolean;
  limit?: number;
}

export interface EpisodeHit {
  episodeId: string;
  score: number;
  payload: EpisodePayload;
}

export const EntityInputSchema = z.object({
  type: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(500),
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type EntityInput = z.input<typeof EntityInputSchema>;

export const RelationshipInputSchema = z.object({
  from: EntityInputSchema.pick({ type: true, name: true }),
  to: EntityInputSchema.pick({ type: true, name: true }),
  type: z.string().trim().min(1).max(100),
  properties: z.record(z.string(), z.unknown()).default({}),
});
export type RelationshipInput = z.input<typeof RelationshipInputSchema>;

export interface UpsertEntitiesInput {
  workflowId: string;
  stepId: string;
  tenantId: string;
  entities: EntityInput[];
  /** Endpoints not listed in `entities` are created with no properties. */
  relationships?: RelationshipInput[];
}

export interface UpsertEntitiesResult {
  entityIds: string[];
  relationshipIds: string[];
}

export interface Entity {
  id: string;
  tenantId: string;
  type: string;
  name: string;
  properties: Record<string, unknown>;
  updatedAt: string;
}

export interface SearchKnowledgeInput {
  tenantId: string;
  query: string;
  limit?: number;
  /** Arms whose episodes take part; default all. */
  arms?: Arm[];
}

/** One fused result: a knowledge-graph entity or an episode, cited by its id. */
export interface KnowledgeHit {
  source: 'entity' | 'episode';
  /** Entity id or episode (vector point) id: the citation. */
  id: string;
  text: string;
  /** Reciprocal-rank-fusion score. */
  score: number;
  entity?: Pick<Entity, 'type' | 'name' | 'properties'>;
  episode?: Pick<EpisodePayload, 'taskId' | 'stepId' | 'arm' | 'success' | 'createdAt'>;
}

export interface SearchKnowledgeResult {
  hits: KnowledgeHit[];
  /** The ids of the hits, in rank order. */
  citations: string[];
}

export interface FindSimilarPlansInput {
  tenantId: string;
  goal: string;
  limit?: number;
}

export interface SimilarPlan {
  taskId: string;
  goal: string;
  plan: Plan;
  score: number;
}

/** The activities on `octo-memory`. Workflows import this as a type and call them through proxyActivities. */
export interface MemoryActivities {
  /** Records the task row and its steps; an older snapshot than the stored one changes nothing. */
  recordTaskState(input: RecordTaskStateInput): Promise<void>;
  /**
   * Everything a finished task leaves in memory, in one call: the task row and steps, the task's goal as a
   * planner episode, and each completed step's output as an episode of its arm.
   */
  rememberTask(input: RecordTaskStateInput): Promise<void>;
  /** Records one step (large outputs as artifacts) and its provenance in the action log. */
  recordStepResult(input: RecordStepResultInput): Promise<void>;
  storeArtifact(input: StoreArtifactInput): Promise<ArtifactRef>;
  /** Null when the tenant has no such artifact. */
  loadArtifact(input: LoadArtifactInput): Promise<{ content: string } | null>;
  upsertEpisode(input: UpsertEpisodeInput): Promise<{ episodeId: string }>;
  searchEpisodes(input: SearchEpisodesInput): Promise<EpisodeHit[]>;
  upsertEntities(input: UpsertEntitiesInput): Promise<UpsertEntitiesResult>;
  /** Knowledge-graph full text and episodic vectors fused by reciprocal rank. */
  searchKnowledge(input: SearchKnowledgeInput): Promise<SearchKnowledgeResult>;
  /** Plans of the tenant's completed tasks whose goals are closest to this one. */
  findSimilarPlans(input: FindSimilarPlansInput): Promise<SimilarPlan[]>;
}
