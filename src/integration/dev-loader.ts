/**
 * `astro dev` keeps running on broken content. The content loader throws on a file
 * that fails its schema (right for a build), and a throw while the dev server
 * starts stops it, so no page could show the error. In dev (the loader context has
 * a file watcher) this wrapper logs the failure instead, and loads again whenever a
 * content file changes until a load succeeds (the loader then watches on its own).
 * Meanwhile the integration's middleware shows the validation error on every page.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { officesDir } from '../content-model/paths.ts';

export function keepDevRunning(loader: Loader): Loader {
  const retrying = new WeakSet<object>();
  const load = async (context: LoaderContext): Promise<boolean> => {
    try {
      await loader.load(context);
      return true;
    } catch (error) {
      if (!context.watcher) throw error;
      context.logger.warn(`not loaded until the content is fixed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
  return {
    ...loader,
    async load(context) {
      if (await load(context)) return;
      const watcher = context.watcher;
      if (!watcher || retrying.has(watcher)) return;
      retrying.add(watcher);
      const dir = officesDir();
      watcher.add(dir);
      const onChange = (changed: string) => {
        if (!path.resolve(changed).startsWith(dir + path.sep)) return;
        void load(context).then((ok) => {
          if (!ok) return;
          watcher.off('change', onChange);
          watcher.off('add', onChange);
          watcher.off('unlink', onChange);
          retrying.delete(watcher);
        });
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
