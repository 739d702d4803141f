// One place that turns configuration into a Temporal connection and client.
import { Client, Connection, type ClientInterceptors, type DataConverter } from '@temporalio/client';

export interface TemporalTarget {
  address: string;
  namespace: string;
  dataConverter?: DataConverter;
  /** E.g. tracing's StartWorkflow spans (runtime/tracing.ts); none when tracing is off. */
  interceptors?: ClientInterceptors;
}

export async function connectClient(target: TemporalTarget): Promise<{ connection: Connection; client: Client }> {
  const connection = await Connection.connect({ address: target.address });
  const client = new Client({ connection, namespace: target.namespace, dataConverter: target.dataConverter, interceptors: target.interceptors });
  return { connection, client };
}
