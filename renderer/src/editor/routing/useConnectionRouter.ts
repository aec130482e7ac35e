/**
 * libavoid (the connector router) in the renderer: its WebAssembly is a file of the build
 * (see vite.config.ts), fetched once; each view that draws arrows keeps a router of its own,
 * so moving a card re-routes only the arrows around it.
 */
import { AvoidLib } from 'libavoid-js';
import wasmUrl from 'libavoid-js/libavoid.wasm?url';
import { useEffect, useState } from 'react';
import type { AvoidModule } from '../../../../shared/layout/routing/avoidApi';
import {
  createConnectionRouter,
  type ConnectionRouter,
} from '../../../../shared/layout/routing/connectionRouter';

let loading: Promise<AvoidModule> | undefined;

function loadAvoid(): Promise<AvoidModule> {
  loading ??= AvoidLib.load(new URL(wasmUrl, document.baseURI).href).then(
    // The package's typings declare the module loosely; avoidApi.ts types the part we use.
    () => AvoidLib.getInstance() as unknown as AvoidModule,
  );
  return loading;
}

/** A router once libavoid has loaded (until then, and if it cannot load, arrows are straight). */
export function useConnectionRouter(): ConnectionRouter | undefined {
  const [router, setRouter] = useState<ConnectionRouter>();
  useEffect(() => {
    let live = true;
    let made: ConnectionRouter | undefined;
    loadAvoid().then(
      (avoid) => {
        if (!live) return;
        made = createConnectionRouter(avoid);
        setRouter(made);
      },
      (error: unknown) => console.error('The connector router did not load:', error),
    );
    return () => {
      live = false;
      made?.dispose();
    };
  }, []);
  return router;
}
