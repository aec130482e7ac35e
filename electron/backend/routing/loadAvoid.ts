/**
 * libavoid (the connector router) in Node: the exports, the CLI, the tests and the benchmark.
 * The package finds its .wasm file next to its own module, which is why the bundles keep it
 * in node_modules (electron/build.mjs lists it as external). Loaded once, on first use.
 */
import type { AvoidModule } from '../../../shared/layout/routing/avoidApi';

let loading: Promise<AvoidModule> | undefined;

export function loadAvoid(): Promise<AvoidModule> {
  loading ??= import('libavoid-js').then(async ({ AvoidLib }) => {
    await AvoidLib.load();
    // The package's typings declare the module loosely; avoidApi.ts types the part we use.
    return AvoidLib.getInstance() as unknown as AvoidModule;
  });
  return loading;
}
