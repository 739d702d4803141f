// llm_guardrail ships no types; bench/reflex.ts (part 4) calls only this.
declare module 'llm_guardrail' {
  export function checkInjection(prompt: string): Promise<{ detected: boolean; confidence: number }>;
}
