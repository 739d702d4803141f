// One home for the contracts that gateway, workflows and activities all import.
export * from './names.js';
export * from './task.js';
export * from './usage.js';
export * from './plan.js';
export * from './step.js';
export * from './errors.js';
export * from './reflex.js';
export * from './activities.js';
export * from './arm-catalog.js';
export * from './verdict.js';
export * from './json-strings.js';
export * from './memory.js';
export * from './task-events.js';
export * from './task-listing.js';
