// Where a test that needs its own worker finds Temporal: `npm test` hands every file one shared dev server
// (TEMPORAL_ADDRESS); run alone, the file starts its own from the CLI, or is skipped with the reason.
import { findTemporalCli } from '../../temporal/cli-path.js';

export const sharedAddress = process.env.TEMPORAL_ADDRESS;

export const cliPath = ((): string | undefined => {
  try {
    return findTemporalCli(process.env.TEMPORAL_CLI_PATH);
  } catch {
    return undefined;
  }
})();

/** `skip` for node:test: false when a server is at hand, else why not. */
export const skipWithoutTemporal: false | string =
  sharedAddress || cliPath ? false : 'no TEMPORAL_ADDRESS and no Temporal CLI (set TEMPORAL_CLI_PATH); cannot reach a Temporal server';
