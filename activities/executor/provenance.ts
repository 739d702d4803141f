// Provenance for every executor run: what was asked for and what came back, as sha256 digests.
import { createHash } from 'node:crypto';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Hash of the command line as an unambiguous JSON array (so `a b` and `"a b"` differ). */
export const hashCommandLine = (command: string, args: readonly string[]): string => sha256Hex(JSON.stringify([command, ...args]));

export const hashOutput = (stdout: string, stderr: string): string => sha256Hex(JSON.stringify({ stdout, stderr }));

export const hashRequest = (method: string, url: string): string => sha256Hex(`${method} ${url}`);
