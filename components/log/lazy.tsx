import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads the first time it is shown: the popup ships only what the first log needs,
 * and fetches the symptom manager or the edit form (a local file, a few ms) when the user opens one.
 */
export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | undefined;
  let pending: Promise<FunctionComponent<P>> | undefined;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      pending ??= load();
      void pending.then((component) => {
        loaded = component;
        setReady(true);
      });
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  };
}
