// The rate limiter in Redis: the same GCRA as ./gcra.ts in one Lua script, so take-a-token is a
// single atomic round trip shared by every gateway replica. Redis's own clock (TIME) is used so
// replicas with skewed clocks agree. ioredis's defineCommand sends EVALSHA and reloads on NOSCRIPT.
import type { Redis } from 'ioredis';
import type { RateLimitVerdict } from '../types.js';
import { intervalMs, toVerdict } from './gcra.js';

const GCRA_LUA = `
local interval = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tat = tonumber(redis.call('GET', KEYS[1]))
if not tat or tat < now then tat = now end
local burst = interval * capacity
local newTat = tat + interval
if newTat - now > burst then
  return {0, 0, newTat - burst - now, tat - now}
end
redis.call('SET', KEYS[1], newTat, 'PX', newTat - now + 1000)
return {1, math.floor((burst - (newTat - now)) / interval), 0, newTat - now}
`;

interface GcraCommand {
  octollmGcra(key: string, interval: number, capacity: number): Promise<[number, number, number, number]>;
}

export interface RedisLimiter {
  take(bucketKey: string, ratePerMinute: number): Promise<RateLimitVerdict>;
}

export function createRedisLimiter(client: Redis, keyPrefix = 'octollm:rl:'): RedisLimiter {
  client.defineCommand('octollmGcra', { numberOfKeys: 1, lua: GCRA_LUA });
  const gcra = client as unknown as GcraCommand;
  return {
    async take(bucketKey, ratePerMinute) {
      const capacity = Math.max(1, Math.floor(ratePerMinute));
      const [allowed, remaining, retryAfterMs, resetMs] = await gcra.octollmGcra(keyPrefix + bucketKey, intervalMs(ratePerMinute), capacity);
      return toVerdict(allowed === 1, capacity, remaining, retryAfterMs, resetMs);
    },
  };
}
