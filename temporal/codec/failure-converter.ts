// Loaded by path (DataConverter.failureConverterPath) — by the SDK in clients and workers, and bundled into
// the workflow sandbox. Error messages and stack traces can quote prompts or PII, so they are moved into an
// encoded payload that the encryption codec seals, instead of sitting in the history as plain text.
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
