// The `POST /v1/reflex/check` contract (SPEC §3) — kept stable: external corpora are scored against it.
import { z } from 'zod';

export const PII_TYPES = ['EMAIL', 'PHONE', 'CREDIT_CARD', 'SSN', 'IBAN', 'IP_ADDRESS', 'SECRET'] as const;
export type PiiType = (typeof PII_TYPES)[number];

export const PiiFindingSchema = z.object({
  type: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number().min(0).max(1),
});
export type PiiFinding = z.infer<typeof PiiFindingSchema>;

export const InjectionMatchSchema = z.object({
  rule: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const InjectionResultSchema = z.object({
  detected: z.boolean(),
  score: z.number().min(0).max(1),
  matches: z.array(InjectionMatchSchema),
});
export type InjectionResult = z.infer<typeof InjectionResultSchema>;

export const REFLEX_DECISIONS = ['allow', 'redact', 'block'] as const;
export type ReflexDecision = (typeof REFLEX_DECISIONS)[number];

export const ReflexCheckRequestSchema = z.object({ text: z.string().max(1_000_000) }).strict();

export const ReflexCheckResponseSchema = z.object({
  pii: z.array(PiiFindingSchema),
  injection: InjectionResultSchema,
  redacted: z.string(),
  decision: z.enum(REFLEX_DECISIONS),
});
export type ReflexCheckResponse = z.infer<typeof ReflexCheckResponseSchema>;

/** What a key's policy does with PII: redact it (default), block the request, or let it through. */
export const PII_POLICIES = ['redact', 'block', 'allow'] as const;
export type PiiPolicy = (typeof PII_POLICIES)[number];
export const isPiiPolicy = (value: string): value is PiiPolicy => (PII_POLICIES as readonly string[]).includes(value);
