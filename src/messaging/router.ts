import type { Runtime } from '../platform/browser';
import { isEnvelope, type MessageName, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type Handlers = {
  [K in MessageName]: (request: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Builds the runtime.onMessage listener. Messages from anything but this extension (another extension, a web page
 * through externally_connectable) are ignored, and every handler's failure crosses back as { ok: false, error }.
 */
export function createRouter(handlers: Handlers, ownId: string) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (sender.id !== ownId) return undefined;
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name as MessageName] as
      | ((request: unknown, sender: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) {
      return Promise.resolve({ ok: false, error: { name: 'UnknownMessage', message: `Unknown message "${message.name}".` } });
    }
    return (async (): Promise<Reply<unknown>> => {
      try {
        return { ok: true, value: await handler(message.request, sender) };
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err));
        return { ok: false, error: { name: e.name, message: e.message } };
      }
    })();
  };
}
