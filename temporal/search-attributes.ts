// Custom search attributes that make runs findable in the Temporal UI (SPEC §5), within the dev server's limits.
// They are stored unencrypted: never put goal text, PII or secrets in them.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const TENANT = defineSearchAttributeKey('OctoTenant', SearchAttributeType.KEYWORD);
export const STATUS = defineSearchAttributeKey('OctoStatus', SearchAttributeType.KEYWORD);
export const PRIORITY = defineSearchAttributeKey('OctoPriority', SearchAttributeType.KEYWORD);
export const ARMS_USED = defineSearchAttributeKey('OctoArms', SearchAttributeType.KEYWORD_LIST);
export const COST_USD = defineSearchAttributeKey('OctoCostUsd', SearchAttributeType.DOUBLE);
export const TOKENS = defineSearchAttributeKey('OctoTokens', SearchAttributeType.INT);

export const ALL_SEARCH_ATTRIBUTES = [TENANT, STATUS, PRIORITY, ARMS_USED, COST_USD, TOKENS] as const;
