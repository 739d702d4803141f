// A zod schema as the JSON schema both providers accept for structured output (strict mode needs closed objects).
import { z } from 'zod';

type Json = { [key: string]: unknown };

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) out[k] = closeObjects(v);
  if (out.type === 'object') {
    out.additionalProperties = false;
    out.required = Object.keys((out.properties as Json | undefined) ?? {});
  }
  return out;
}

// Converting is far slower than the model call against a local server; the few schemas we use convert once.
const converted = new WeakMap<z.ZodType, Json>();

/** The JSON schema for `schema`; the same (frozen) object on every call. */
export function jsonSchemaFor(schema: z.ZodType): Json {
  let json = converted.get(schema);
  if (!json) {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json;
    json = deepFreeze(closeObjects(rest)) as Json;
    converted.set(schema, json);
  }
  return json;
}

function deepFreeze<T>(node: T): T {
  if (node && typeof node === 'object') {
    for (const value of Object.values(node)) deepFreeze(value);
    Object.freeze(node);
  }
  return node;
}

/** The reply text as JSON, tolerating a Markdown code fence some models wrap around it. */
export function parseJsonReply(text: string): unknown {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/.exec(trimmed);
  return JSON.parse(fenced?.[1] ?? trimmed);
}
