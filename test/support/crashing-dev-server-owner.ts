// Starts a dev server, prints its pid, then crashes without stopping it: temporal/dev-server.test.ts checks the
// server does not outlive this process.
import { findTemporalCli } from '../../temporal/cli-path.js';
import { startDevServer } from '../../temporal/dev-server.js';

const server = await startDevServer({ cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH), headless: true });
console.log(`server ${server.pid}`);
throw new Error('the owner crashed');
