// Entry-point plumbing: load configuration (exit with the message on a bad value), run, stop cleanly on a signal.
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import type { Stack } from './stack.js';

export async function runUntilSignal(start: (config: Config) => Promise<Stack>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  let stack: Stack;
  try {
    stack = await start(config);
  } catch (err) {
    console.error(`OctoLLM could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = (signal: string): void => {
    // A second signal must not cut the stop short: Ctrl-C reaches this process both from the terminal and
    // relayed by npm/tsx, and dying half-way would leave the embedded Temporal server running on its port.
    if (stopping) return void console.error(`${signal} received again: still stopping…`);
    stopping = true;
    console.error(`\n${signal} received: stopping workers, gateway and Temporal…`);
    stack.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  stack.running.catch(async (err: unknown) => {
    console.error(`a worker stopped: ${err instanceof Error ? err.message : String(err)}`);
    await stack.stop();
    process.exit(1);
  });
}
