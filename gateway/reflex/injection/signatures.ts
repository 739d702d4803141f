// Every prompt-injection signature, in the order they run. The rules live by family:
//   ./signatures-en.ts        attacks on the model's own instructions, persona and prompt (English)
//   ./signatures-embedded.ts  instructions planted in documents and tool output, hidden markup, fake
//                             turn boundaries, exfiltration and tool abuse, split payloads
//   ./signatures-intl.ts      the same families in other languages
//   ./signatures-intl-more.ts more languages (pl, tr, ar, hi, vi, id, sv/da/no, uk) and "note for the AI:" headings
//   ./signatures-agent.ts     weak multilingual cues: tools and commands aimed at the user's systems,
//                             data sent to an outside address, hiding it, the text given before the chat
//   ./signatures-weak.ts      weak multilingual cues: rules declared void, self-declared bosses, decode-then-obey,
//                             reversed or Pig Latin keywords, fragments joined then carried out, set-up text asked for
//   ./signatures-family.ts    weak multilingual cues by attack family: a claimed role then an order, a secret sent to an
//                             outside sink, CI/review/confirmation switched off, privileges for the speaker, memory orders
//   ./signatures-harm.ts      weak multilingual cues for agent harm: the safety step waived, security controls off, backups
//                             and production destroyed, org-wide rights handed out, other users' data or a public sink, money moved,
//                             approvals claimed, notices that open a message and then order
//   ./signatures-fragments.ts injection keywords cut into pieces ("ig nore prev ious instruc tions")
// ./dsl.ts describes how a signature is written.
import type { InjectionSignature } from './dsl.js';
import { embedded } from './signatures-embedded.js';
import { english } from './signatures-en.js';
import { international } from './signatures-intl.js';
import { moreInternational } from './signatures-intl-more.js';
import { agent } from './signatures-agent.js';
import { weak } from './signatures-weak.js';
import { family } from './signatures-family.js';
import { harm } from './signatures-harm.js';
import { fragments } from './signatures-fragments.js';

export type { InjectionSignature } from './dsl.js';

/** Every signature, English first (most attacks are English). */
export const SIGNATURES: readonly InjectionSignature[] = [...english, ...embedded, ...international, ...moreInternational, ...agent, ...weak, ...family, ...harm, ...fragments];
