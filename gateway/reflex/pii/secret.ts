// SECRET: credentials with a recognisable shape — provider key prefixes (AWS, GitHub, Slack, OpenAI,
// Anthropic, Stripe, Google, GitLab, npm, Hugging Face, SendGrid), JWTs, PEM private-key blocks, Azure
// storage account keys, the password inside a connection URL or connection string, and the value of
// a secret-named field (`"password": "…"`, `client_secret = …`, "the wifi password is …"); for
// those only the value is reported. Placeholders ("password", "${TOKEN}", "<key>", "xxxx…") and
// low-variety strings are not secrets. Each shape has literal needles checked first (./needles.ts),
// so text without them costs a few scans.
import type { PiiFinding } from '../../../contracts/reflex.js';
import { presentLists } from './needles.js';
import type { PiiRecognizer } from './recognizer.js';

interface SecretShape {
  readonly name: string;
  /** Any of these substrings must occur for the pattern to run (all needles are found in one pass, see ./needles.ts). */
  readonly needles: readonly string[];
  readonly pattern: RegExp;
  readonly score: number;
  /** Span to report for a match (defaults to the whole match); undefined rejects the match. */
  readonly span?: (m: RegExpExecArray, text: string) => [number, number] | undefined;
}

const hasUpperLowerDigit = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s);
const PLACEHOLDER_SHAPE = /^(?:\$\{.*\}|\$[A-Z_]+|<[^>]*>|\{\{.*\}\}|\*+|x+|\.\.\.|%[a-z_()]*s?|\[[^\]]*\])$/i;
/** Words documentation writes where a real secret would go ("postgres://user:password@localhost"). */
const PLACEHOLDER_WORD =
  /^(?:password|passwd|pass|pwd|pw|secret|changeme|change[-_]?me|change[-_]?this|(?:your|my)[-_]?(?:password|secret|token|key|api[-_]?key|access[-_]?key|secret[-_]?key)(?:[-_]?here)?|user|username|token|api[-_]?key|example|sample|dummy|placeholder|redacted|hidden|none|null|empty|test|foo|bar|baz|secret[-_]?here|password[-_]?here|key[-_]?here|token[-_]?here|replace[-_]?me|todo|tbd)$/i;

/** An elided or masked value: "sk-...", "abc…xyz", "ghp_****", "AKIAxxxxxxxx". */
const ELIDED = /\.\.\.|…|\*{3,}|x{4,}|X{4,}/;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER_SHAPE.test(value) || PLACEHOLDER_WORD.test(value) || ELIDED.test(value);
}

/**
 * A key as documentation masks it ("hooks.slack.com/services/XXXXXXXXX/…"). A random key holds four x's in a row about once in
 * a million. (AWS's published example, AKIAIOSFODNN7EXAMPLE, is still redacted: redacting a harmless key costs nothing.)
 */
const masked = (key: string): boolean => ELIDED.test(key);

/** Fewer than this many distinct characters in a long token means a redaction or a filler ("ghp_xxxx…"), not a key. */
const MIN_DISTINCT = 8;
function lowVariety(s: string): boolean {
  if (s.length < 20) return false;
  const seen = new Set<string>();
  for (let i = 0; i < s.length && seen.size < MIN_DISTINCT; i++) seen.add(s[i]!);
  return seen.size < MIN_DISTINCT;
}

/** Command-line clients whose -p / -a flag carries a password. */
const CLI_CLIENT = /(?:^|[\s;&|(])(?:mysql|mysqldump|mariadb|mongo|mongosh|mongodump|redis-cli|sshpass|sqlcmd)\s/;
/** Up to 120 characters before `at` on the same line. */
function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - 120);
  const nl = text.lastIndexOf('\n', at - 1);
  return text.slice(Math.max(from, nl + 1), at);
}

/**
 * Secret-named fields (`"password": "…"`, `client_secret = …`, `apiKey: …`) whose value is reported:
 * the field name must END with the secret word, at a name boundary ("db_password", "dbPassword",
 * "apiKey" — not "tokenizer", "token_url" or "bypass"). See findSecretFields.
 */
const FIELD_VALUE = /["'`]([^"'`\n]{6,256})["'`]|([^\s"'`,;{}()<>[\]]{6,256})/y;

/** Whether the secret word at `at` starts a name or follows a separator or a camelCase boundary. */
function fieldNameBoundary(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!isAlnum(before)) return true;
  const first = text.charCodeAt(at);
  return before >= 97 && before <= 122 && first >= 65 && first <= 90; // "dbPassword", "apiKey"
}

/**
 * Secret fields, found from each ':' and '=' (few per text, and a native search finds them) by
 * looking back at the name before the operator: SECRET_FIELD must match ending right before it.
 */
const FIELD_NAME_BEFORE = /(?:passw(?:or)?d|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?|pass)["']?[\t ]{0,3}$/i;

/** Last letters of the secret words (password, passphrase, secret, token, key, credentials, pass), lower and upper case. */
const FIELD_NAME_ENDS = new Set([...'detnyslDETNYSL'].map((c) => c.charCodeAt(0)));

/** The code of the last letter of the name before an operator at `at` (skipping blanks and one quote), or 0. */
function lastNameChar(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39)) i--;
  return i >= 0 ? text.charCodeAt(i) : 0;
}

/** Secret-named fields examined per text at most: a bound on the work a text made of them can cause. */
const MAX_FIELDS = 256;

function findSecretFields(text: string, out: PiiFinding[]): void {
  let examined = 0;
  for (const op of [':', '=']) {
    for (let at = text.indexOf(op); at !== -1 && examined < MAX_FIELDS; at = text.indexOf(op, at + 1)) {
      if (!FIELD_NAME_ENDS.has(lastNameChar(text, at))) continue; // cheap: most ':' and '=' follow other words
      const before = text.slice(Math.max(0, at - 24), at);
      const name = FIELD_NAME_BEFORE.exec(before);
      if (name === null) continue;
      examined++;
      const start = at - before.length + name.index;
      if (!fieldNameBoundary(text, start)) continue;
      // "=>" is one operator; ":=" too
      let v = at + 1;
      if (text[v] === '>' || (op === ':' && text[v] === '=')) v++;
      while (v < text.length && v - at < 5 && (text[v] === ' ' || text[v] === '\t')) v++;
      FIELD_VALUE.lastIndex = v;
      const m = FIELD_VALUE.exec(text);
      if (m === null) continue;
      const value = m[1] ?? m[2]!;
      if (!looksLikeSecretValue(value)) continue;
      const from = m.index + (m[1] !== undefined ? 1 : 0);
      out.push({ type: 'SECRET', start: from, end: from + value.length, score: 0.8 });
    }
  }
}

/** Prose: "the wifi password is Tr0ub4dor&3", "passcode: 4471-xyz", "user stg_ro, password mQ7#bW2xKp9s". */
const SECRET_PROSE = /(?<![A-Za-z0-9])(?:password|passcode|passphrase|pwd|pin code)\s{1,3}(?:(is|was|=|:|->)\s{1,3})?["'`]?([^\s"'`,;]{6,64})/gi;

/** How many of lowercase, uppercase, digits and other characters `v` uses. */
const characterKinds = (v: string): number =>
  (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/\d/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0);

/** Whether a field or prose value looks like a real credential: mixed character kinds, not a placeholder, path, URL or code. */
export function looksLikeSecretValue(v: string): boolean {
  if (isPlaceholder(v) || lowVariety(v)) return false;
  if (v.includes('://') || /^(?:\/|\.\/|~\/|\.\.\/)/.test(v) || /\.(?:txt|json|pem|key|ya?ml|env|ini|cfg|conf|toml|xml|crt)$/i.test(v)) return false;
  if (/^(?:process\.|os\.|env\.|config\.|settings\.|self\.|this\.|getenv|secrets\.|vault:|ref:|arn:)/i.test(v) || /[()]/.test(v)) return false;
  if (!/[A-Za-z]/.test(v)) return false;
  // a lowercase word with a trailing number ("password123") is a weak password but still a password; plain words are not
  return characterKinds(v) >= 2 && !/^(?:true|false|null|none|undefined|required|optional|string|number|boolean|hidden|masked)$/i.test(v);
}

const SHAPES: readonly SecretShape[] = [
  { name: 'aws_access_key_id', needles: ['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'ANPA', 'ANVA', 'AIPA', 'ABIA', 'ACCA'], pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, score: 0.95 },
  {
    name: 'aws_secret_access_key',
    needles: ['ecret'],
    pattern: /aws_?secret_?(?:access_?)?key["']?\s{0,5}[:=]\s{0,5}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    score: 0.95,
    span: (m) => [m.index + m[0].length - m[1]!.length, m.index + m[0].length],
  },
  {
    // the secret half of an AWS key pair named in prose: "with secret <40 chars>", "secret access key: …"
    name: 'aws_secret_prose',
    needles: ['ecret'],
    pattern: /(?<![A-Za-z0-9_])secret(?:[ _-]?access)?(?:[ _-]?key)?(?:\s{1,3}is|\s{0,3}[:=])?\s{1,3}["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    score: 0.85,
    span: (m) => (hasUpperLowerDigit(m[1]!) ? [m.index + m[0].length - m[1]!.length, m.index + m[0].length] : undefined),
  },
  { name: 'github_token', needles: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])/g, score: 0.95 },
  { name: 'github_pat', needles: ['github_pat_'], pattern: /github_pat_[A-Za-z0-9_]{22,255}/g, score: 0.95 },
  { name: 'gitlab_pat', needles: ['glpat-'], pattern: /glpat-[A-Za-z0-9_-]{20,64}/g, score: 0.95 },
  { name: 'slack_token', needles: ['xox'], pattern: /(?<![A-Za-z0-9])xox[abposre]-(?:[0-9]{6,16}-){0,3}[A-Za-z0-9-]{8,200}/g, score: 0.95 },
  { name: 'slack_webhook', needles: ['hooks.slack.com'], pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]{20,200}/g, score: 0.95 },
  { name: 'anthropic_key', needles: ['sk-ant-'], pattern: /sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_-]{20,250}/g, score: 0.97 },
  {
    name: 'openai_key',
    needles: ['sk-'],
    pattern: /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])/g,
    score: 0.9,
    // real keys are random: mixed case and digits, and no long runs of lowercase words joined by dashes
    span: (m) => (hasUpperLowerDigit(m[0]) || m[0].includes('T3BlbkFJ') ? [m.index, m.index + m[0].length] : undefined),
  },
  { name: 'stripe_key', needles: ['_live_', '_test_'], pattern: /(?<![A-Za-z0-9])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,247}/g, score: 0.95 },
  { name: 'stripe_webhook_secret', needles: ['whsec_'], pattern: /whsec_[A-Za-z0-9]{24,64}/g, score: 0.95 },
  { name: 'google_api_key', needles: ['AIza'], pattern: /AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, score: 0.95 },
  { name: 'npm_token', needles: ['npm_'], pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g, score: 0.95 },
  { name: 'huggingface_token', needles: ['hf_'], pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9])/g, score: 0.9 },
  { name: 'sendgrid_key', needles: ['SG.'], pattern: /SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/g, score: 0.95 },
  { name: 'jwt', needles: ['eyJ'], pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{8,2000}(?![A-Za-z0-9_-])/g, score: 0.9 },
  {
    name: 'private_key',
    needles: ['PRIVATE KEY-----'],
    pattern: /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g,
    score: 0.99,
    // the block runs to its END line; an unterminated block runs to the end of its base64 body
    span: (m, text) => {
      const endMarker = text.indexOf('PRIVATE KEY', m.index + m[0].length);
      if (endMarker !== -1) {
        const close = text.indexOf('-----', endMarker);
        if (close !== -1) return [m.index, close + 5];
      }
      let e = m.index + m[0].length;
      while (e < text.length && /[A-Za-z0-9+/=\s]/.test(text[e]!)) e++;
      while (e > m.index && /\s/.test(text[e - 1]!)) e--;
      return [m.index, e];
    },
  },
  {
    name: 'connection_url_password',
    needles: ['://'],
    // scheme://user:password@host — the password may hold ':' but not '@', '/' or whitespace
    pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/@'"]{0,128}:([^\s@/'"]{1,256})@[A-Za-z0-9[]/g,
    score: 0.9,
    span: (m) => {
      const pw = m[1]!;
      if (isPlaceholder(pw)) return undefined;
      const end = m.index + m[0].length - 2; // before "@" and the host's first char
      return [end - pw.length, end];
    },
  },
  {
    name: 'connection_string_password',
    needles: ['assword', 'wd=', 'WD='],
    // ADO.NET / ODBC / JDBC property style: Server=...;User Id=...;Password=...;
    pattern: /(?<![A-Za-z0-9_])(?:password|pwd)\s{0,3}=\s{0,3}([^;\s'"]{1,256})/gi,
    score: 0.85,
    span: (m, text) => {
      const pw = m[1]!;
      if (isPlaceholder(pw)) return undefined;
      const around = text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 100).toLowerCase();
      const looksLikeConnString = /(?:server|host|data source|address|uid|user id|username|user|database|initial catalog|dsn)\s{0,3}=/.test(around) && around.includes(';');
      if (!looksLikeConnString) return undefined;
      const end = m.index + m[0].length;
      return [end - pw.length, end];
    },
  },
  {
    name: 'env_assignment',
    needles: ['SECRET', 'PASSWORD', 'TOKEN', 'API_KEY', 'APIKEY', 'PASSWD', 'PRIVATE_KEY', 'ACCESS_KEY'],
    // dotenv / shell style: DB_PASSWORD=s3cr3tValue — uppercase variable names only, value must look random
    pattern: /(?<![A-Za-z0-9_])[A-Z0-9_]{0,40}(?:SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY)[A-Z0-9_]{0,40}\s{0,2}[=:]\s{0,2}["']?([^\s"'`]{8,256})/g,
    score: 0.8,
    span: (m) => {
      const v = m[1]!;
      if (isPlaceholder(v) || lowVariety(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v) || /^(?:your|my|change|replace|example|test|dummy)[-_]/i.test(v)) return undefined;
      if (v.startsWith('process.') || v.startsWith('os.') || v.includes('(')) return undefined; // code reading the variable
      const end = m.index + m[0].length;
      return [end - v.length, end];
    },
  },
  {
    // database and SSH clients given a password on the command line: mysql -p'…', --password=…, sshpass -p …
    name: 'cli_password',
    needles: ['mysql', 'mongosh', 'redis-cli', 'sshpass', 'sqlcmd', '--password', 'PGPASSWORD'],
    // the flag is found first and the client looked for before it on the same line, so each flag costs one look back
    pattern: /(?:(?<=\s)-[pPa]|--password(?:=|\s)|PGPASSWORD=)["']?([^\s"']{6,128})/g,
    score: 0.8,
    span: (m, text) => {
      const v = m[1]!;
      if (!looksLikeSecretValue(v)) return undefined;
      if (m[0][0] === '-' && m[0][1] !== '-' && !CLI_CLIENT.test(lineBefore(text, m.index))) return undefined;
      const start = m.index + m[0].length - v.length;
      return [start, start + v.length];
    },
  },
  {
    // ~/.netrc: machine host login user password secret
    name: 'netrc_password',
    needles: ['assword'],
    pattern: /(?<![A-Za-z0-9])machine\s{1,4}\S{1,100}\s{1,4}(?:login\s{1,4}\S{1,100}\s{1,4})?password\s{1,4}(\S{6,128})/g,
    score: 0.85,
    span: (m) => (isPlaceholder(m[1]!) ? undefined : [m.index + m[0].length - m[1]!.length, m.index + m[0].length]),
  },
  {
    name: 'azure_storage_key',
    needles: ['AccountKey=', 'SharedAccessKey=', 'accountkey=', 'sharedaccesskey='],
    pattern: /(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{40,100}={0,2})/gi,
    score: 0.95,
    span: (m) => [m.index + m[0].length - m[1]!.length, m.index + m[0].length],
  },
  {
    name: 'secret_in_prose',
    needles: ['assword', 'asscode', 'assphrase', 'pwd', 'PIN code', 'ASSWORD'],
    pattern: SECRET_PROSE,
    score: 0.7,
    span: (m) => {
      const v = m[2]!.replace(/[.!?]+$/, '');
      // without "is" or ":" the next word is a password only when it looks like one: 8+ characters of three kinds
      // ("password mQ7#bW2xKp9s"), never "password reset" or "password hash2"
      if (!looksLikeSecretValue(v) || (m[1] === undefined && (v.length < 8 || characterKinds(v) < 3))) return undefined;
      const start = m.index + m[0].length - m[2]!.length;
      return [start, start + v.length];
    },
  },
];

/** Matches of one shape examined per text at most (far above any real prompt). */
const MAX_MATCHES_PER_SHAPE = 1000;

/** Which shapes have one of their needles in a text, found in one pass. */
const present = presentLists(SHAPES.map((shape) => shape.needles));

export const secretRecognizer: PiiRecognizer = {
  type: 'SECRET',
  analyze(text: string, out: PiiFinding[]): void {
    findSecretFields(text, out);
    const found = present(text);
    for (let i = 0; i < SHAPES.length; i++) {
      const shape = SHAPES[i]!;
      if (found[i] === 0) continue;
      shape.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      // bounded like the fields: a text that is nothing but one shape repeated must stay cheap
      for (let seen = 0; seen < MAX_MATCHES_PER_SHAPE && (m = shape.pattern.exec(text)) !== null; seen++) {
        const span = shape.span ? shape.span(m, text) : ([m.index, m.index + m[0].length] as [number, number]);
        if (span === undefined || (!shape.span && (lowVariety(m[0]) || masked(m[0])))) continue;
        out.push({ type: 'SECRET', start: span[0], end: span[1], score: shape.score });
        if (shape.name === 'private_key' && span[1] > shape.pattern.lastIndex) shape.pattern.lastIndex = span[1];
      }
    }
  },
};

/** Names of the secret shapes, for documentation and tests. */
export const SECRET_SHAPES: readonly string[] = SHAPES.map((s) => s.name);
