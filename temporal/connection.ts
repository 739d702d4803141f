// One place that turns configuration into a Temporal connection and client.
import { Client, Connection, type ClientInterceptors, type DataConverter } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';

export interface TemporalTarget {
  address: string;
  namespace: string;
  dataConverter?: DataConverter;
  /** E.g. tracing's StartWorkflow spans (runtime/tracing.ts); none when tracing is off. */
  interceptors?: ClientInterceptors;
  /**
   * A worker's connection to share instead of opening one. A client on the same NativeConnection as the
   * orchestrator worker can start workflows eagerly: the first workflow task comes back in the start response.
   */
  shared?: NativeConnection;
}

export async function connectClient(target: TemporalTarget): Promise<{ connection: Connection | NativeConnection; client: Client }> {
  const connection = target.shared ?? (await Connection.connect({ address: target.address }));
  const client = new Client({ connection, namespace: target.namespace, dataConverter: target.dataConverter, interceptors: target.interceptors });
  return { connection, client };
}
