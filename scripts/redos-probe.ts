// Probes every injection signature with adversarial inputs built from its own needles and pattern words
// (and some general shapes), and lists each signature that takes --limit-ms or more (default 50, the
// issue's ReDoS bound) on 1 MB of one of them. gateway/reflex/test/redos.test.ts runs the same check
// (gateway/reflex/test/redos-inputs.ts) at 50 ms, except the signatures listed in its OVER_BOUND, held to a
// cap each until they are fixed; a lower limit here shows which signatures are closest. Like the test, it
// scales the limit by how much slower this machine is than the reference one (`slowdown`), and says so.
// Exits 1 while any signature is at or over the limit (listed ones included).
import { intOption, parseScriptArgs } from '../cli/args.js';
import { SIGNATURES } from '../gateway/reflex/injection/signatures.js';
import { LIMIT_MS, OVER_BOUND, slowdown, slowUnit } from '../gateway/reflex/test/redos-inputs.js';

const USAGE = `Usage: npx tsx scripts/redos-probe.ts [--limit-ms N]

Probes every injection signature with 1 MB adversarial inputs and lists those at or over the limit.
Exits 1 while any is (OVER_BOUND ones included), 0 when none is. Takes a few minutes.

Options:
  --limit-ms N   the limit on the reference machine, scaled to this one (default ${LIMIT_MS}, the issue's bound)
  -h, --help`;
const referenceLimitMs = parseScriptArgs({ 'limit-ms': { type: 'string' } }, USAGE, ({ values }) => intOption(values['limit-ms'], 'limit-ms', 1, 60_000, USAGE) ?? LIMIT_MS);
const factor = slowdown();
const limitMs = referenceLimitMs * factor;
console.log(`this machine is ${factor.toFixed(2)}× as slow as the reference one at the reference workload: limit ${referenceLimitMs} ms there, ${limitMs.toFixed(0)} ms here`);

let slow = 0;
const started = performance.now();
SIGNATURES.forEach((sig, i) => {
  if (i % 50 === 0) process.stderr.write(`  ${i}/${SIGNATURES.length} signatures probed\n`);
  const found = slowUnit(sig, limitMs);
  if (!found) return;
  slow++;
  const cap = OVER_BOUND.get(`#${i} ${sig.rule}`);
  const known = cap === undefined ? '' : ` (listed in OVER_BOUND, the test's cap ${cap} ms, ${(cap * factor).toFixed(0)} ms here)`;
  if (found.size < 1 << 20) console.log(`#${i} ${sig.rule} on ${found.input}: ${found.ms.toFixed(2)} ms on 4 KB already (super-linear or very heavy)${known}`);
  else console.log(`#${i} ${sig.rule} on ${found.input}: ${found.ms.toFixed(1)} ms on 1 MB${known}`);
});
console.log(`${slow} of ${SIGNATURES.length} signatures at or over ${limitMs.toFixed(0)} ms on 1 MB of a probe (${((performance.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = slow > 0 ? 1 : 0;
