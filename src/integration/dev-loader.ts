/**
 * `astro dev` keeps running on broken content. The content loader throws on a file
 * that fails its schema (right for a build), and a throw while the dev server
 * starts stops it, so no page could show the error. In dev (the loader context has
 * a file watcher) this wrapper logs the failure and records the loader in the dev
 * state instead; the integration loads it again (Astro's refreshContent) once the
 * content passes validation, and meanwhile every page shows the validation error.
 */
import type { Loader } from 'astro/loaders';
import { devRefusals } from './dev-state.ts';

export function keepDevRunning(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const failed = devRefusals().failedLoaders;
      try {
        await loader.load(context);
        failed.delete(loader.name);
      } catch (error) {
        if (!context.watcher) throw error;
        failed.add(loader.name);
        context.logger.warn(`not loaded until the content is fixed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
