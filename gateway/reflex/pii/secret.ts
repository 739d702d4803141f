// SECRET: credentials with a recognisable shape — provider key prefixes (AWS, GitHub, Slack, OpenAI,
// Anthropic, Stripe, Google, GitLab, npm, Hugging Face, SendGrid), JWTs, PEM private-key blocks, and
// the password inside a connection URL or connection string (only the password span is reported).
// Each shape has literal needles checked first (./needles.ts), so text without them costs a few scans.
import type { PiiFinding } from '../../../contracts/reflex.js';
import { containsAnyOf } from './needles.js';
import type { PiiRecognizer } from './recognizer.js';

interface SecretShape {
  readonly name: string;
  /** Any of these substrings must occur for the pattern to run. */
  readonly needles: readonly string[];
  readonly pattern: RegExp;
  readonly score: number;
  /** Span to report for a match (defaults to the whole match); undefined rejects the match. */
  readonly span?: (m: RegExpExecArray, text: string) => [number, number] | undefined;
}

const hasUpperLowerDigit = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s);
const PLACEHOLDER = /^(?:\$\{.*\}|\$[A-Z_]+|<[^>]*>|\{\{.*\}\}|\*+|x+|\.\.\.|%[a-z_()]*s?)$/i;

const SHAPES: readonly SecretShape[] = [
  { name: 'aws_access_key_id', needles: ['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'ANPA', 'ANVA', 'AIPA', 'ABIA', 'ACCA'], pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g, score: 0.95 },
  {
    name: 'aws_secret_access_key',
    needles: ['ecret'],
    pattern: /aws_?secret_?(?:access_?)?key["']?\s{0,5}[:=]\s{0,5}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    score: 0.95,
    span: (m) => [m.index + m[0].length - m[1]!.length, m.index + m[0].length],
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
      if (PLACEHOLDER.test(pw)) return undefined;
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
      if (PLACEHOLDER.test(pw)) return undefined;
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
      if (PLACEHOLDER.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v) || /^(?:your|my|change|replace|example|test|dummy)[-_]/i.test(v)) return undefined;
      if (v.startsWith('process.') || v.startsWith('os.') || v.includes('(')) return undefined; // code reading the variable
      const end = m.index + m[0].length;
      return [end - v.length, end];
    },
  },
];

const PRESENT = SHAPES.map((shape) => containsAnyOf(shape.needles));

export const secretRecognizer: PiiRecognizer = {
  type: 'SECRET',
  analyze(text: string, out: PiiFinding[]): void {
    for (let i = 0; i < SHAPES.length; i++) {
      const shape = SHAPES[i]!;
      if (!PRESENT[i]!(text)) continue;
      shape.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = shape.pattern.exec(text)) !== null) {
        const span = shape.span ? shape.span(m, text) : ([m.index, m.index + m[0].length] as [number, number]);
        if (span === undefined) continue;
        out.push({ type: 'SECRET', start: span[0], end: span[1], score: shape.score });
        if (shape.name === 'private_key' && span[1] > shape.pattern.lastIndex) shape.pattern.lastIndex = span[1];
      }
    }
  },
};

/** Names of the secret shapes, for documentation and tests. */
export const SECRET_SHAPES: readonly string[] = SHAPES.map((s) => s.name);
