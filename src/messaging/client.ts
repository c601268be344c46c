import { browser } from '../platform/browser';
import { RemoteError, type Envelope, type MessageName, type Reply, type RequestOf, type ResponseOf } from './protocol';

/** Send a typed message to the background and return its answer; a failure there is thrown here as an Error. */
export async function send<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { segue: 1, name, request };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new RemoteError('Error', `No answer to "${name}": the background did not handle it.`);
  if (!reply.ok) throw new RemoteError(reply.error.name, reply.error.message);
  return reply.value;
}
