// Loads a view's code only when it is first shown, so the popup paints its first card without parsing
// Dexie, the segment matcher or the template renderer.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the code now (e.g. while a request whose answer it will show is in flight). */
  preload: () => Promise<ComponentType<P>>;
};

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => (pending ??= load().then((c) => (loaded = c)));
  function Lazy(props: P) {
    // A component is a function: useState would call it as an initializer, so wrap it.
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (component) return;
      let alive = true;
      void preload().then((c) => alive && setComponent(() => c));
      return () => { alive = false; };
    }, []);
    if (!component) return <div class="lazy-placeholder" aria-busy="true" />;
    const Component = component;
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload });
}

/** A module loaded on first use (e.g. the Dexie-backed store); null until it arrives. */
export function useModule<T>(load: () => Promise<T>, cache: { value: T | null }): T | null {
  const [mod, setMod] = useState<T | null>(cache.value);
  useEffect(() => {
    if (mod) return;
    let alive = true;
    void load().then((m) => { cache.value = m; if (alive) setMod(() => m); });
    return () => { alive = false; };
  }, []);
  return mod;
}
