import { browser, t } from '../platform/browser';
import { RemoteError, type Envelope, type MessageName, type Reply, type RequestOf, type ResponseOf } from './protocol';

/**
 * The browser's words for "the background stopped before it answered" (Chrome stops an idle or updated service
 * worker; Firefox unloads the event page). The work may or may not have run, so the rep is asked to try again.
 */
const BACKGROUND_GONE = /message (?:channel|port) closed before a response|Receiving end does not exist|Message manager disconnected/i;

/** Send a typed message to the background and return its answer; a failure there is thrown here as an Error. */
export async function send<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { segue: 1, name, request };
  let reply: Reply<ResponseOf<K>> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (BACKGROUND_GONE.test(message)) throw new RemoteError('BackgroundRestarted', t('backgroundRestarted'));
    throw err;
  }
  if (!reply) throw new RemoteError('Error', `No answer to "${name}": the background did not handle it.`);
  if (!reply.ok) throw new RemoteError(reply.error.name, reply.error.message);
  return reply.value;
}
