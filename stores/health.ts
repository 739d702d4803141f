// How a store is doing, as /readyz reports it: reachable, unreachable, or running in-process.
export type StoreHealth = 'up' | 'down' | 'embedded';
