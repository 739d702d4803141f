#!/usr/bin/env node
// The `octollm` bin: runs cli/run.ts through tsx (the project ships TypeScript sources, no build step).
import { register } from 'tsx/esm/api';

register();
await import('../cli/run.ts');
