import { ApplicationFailure } from '@temporalio/common';

export async function shout(text: string): Promise<string> {
  return text.toUpperCase() + ` (${text})`;
}

export async function refuse(text: string): Promise<string> {
  throw ApplicationFailure.nonRetryable(`refusing to handle ${text}`, 'Refused');
}
