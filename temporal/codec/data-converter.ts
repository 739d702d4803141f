// The one DataConverter every Temporal client and worker in OctoLLM uses. Codecs run outside the workflow
// sandbox (on the worker's main thread), so only the failure converter has to be bundled with workflows.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { EncryptionCodec } from './encryption-codec.js';
import type { PayloadKeyring } from './keyring.js';

/**
 * Absolute path of the failure-converter module, with this file's own extension (.ts under tsx, .js when
 * compiled). Pass it to `bundleWorkflowCode({ failureConverterPath })` when bundling workflows yourself.
 */
export const FAILURE_CONVERTER_PATH = fileURLToPath(
  new URL(`./failure-converter${extname(fileURLToPath(import.meta.url))}`, import.meta.url),
);

/** For `new Client({ dataConverter })`, `Worker.create({ dataConverter })` and the codec endpoint. */
export function createDataConverter(keyring: PayloadKeyring): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keyring)], failureConverterPath: FAILURE_CONVERTER_PATH };
}
