// One place that turns configuration into a Temporal connection and client.
import { Client, Connection, type DataConverter } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';

export interface TemporalTarget {
  address: string;
  namespace: string;
  dataConverter?: DataConverter;
  /**
   * A worker's connection to share instead of opening one. A client on the same NativeConnection as the
   * orchestrator worker can start workflows eagerly: the first workflow task comes back in the start response.
   */
  shared?: NativeConnection;
}

export async function connectClient(target: TemporalTarget): Promise<{ connection: Connection | NativeConnection; client: Client }> {
  const connection = target.shared ?? (await Connection.connect({ address: target.address }));
  const client = new Client({ connection, namespace: target.namespace, dataConverter: target.dataConverter });
  return { connection, client };
}
