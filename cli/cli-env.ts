// What the CLI reads from the environment, read once in main.ts and passed to each command.
// Unset values fall back to what `npm start` wrote under OCTOLLM_DATA_DIR (API key, payload key).

export interface CliEnv {
  /** The gateway, `OCTOLLM_URL` (default http://127.0.0.1:3000). */
  url: string;
  /** `OCTOLLM_API_KEY`; when unset, `<dataDir>/api-key`. */
  apiKey?: string;
  dataDir: string;
  /** The whole environment, for commands that load the full configuration (replay, migrate). */
  raw: NodeJS.ProcessEnv;
}

export const DEFAULT_URL = 'http://127.0.0.1:3000';
/** Where `npm start`'s embedded dev server listens. */
export const EMBEDDED_TEMPORAL_ADDRESS = '127.0.0.1:7233';

export function readCliEnv(env: NodeJS.ProcessEnv): CliEnv {
  const url = (env.OCTOLLM_URL?.trim() || DEFAULT_URL).replace(/\/+$/, '');
  return {
    url,
    apiKey: env.OCTOLLM_API_KEY?.trim() || undefined,
    dataDir: env.OCTOLLM_DATA_DIR?.trim() || '.octollm',
    raw: env,
  };
}
