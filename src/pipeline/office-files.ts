/**
 * Which files of a render folder are whose, listed once per Astro batch: the folder
 * holds every office of the batch (thousands of files), so listing all of it again for
 * each office it publishes made publishing grow with the square of the batch size.
 */
import { PACKS_DIR } from './office-offline.ts';
import { listFiles } from './publish.ts';
import { ownerOf } from './site-layout.ts';

/** A render folder's files: the shared assets, and each office's own files. */
export function filesByOwner(files: readonly string[]): { shared: string[]; offices: Map<string, string[]> } {
  const shared: string[] = [];
  const offices = new Map<string, string[]>();
  for (const file of files) {
    const owner = ownerOf(file);
    if (owner.kind === 'shared') shared.push(file);
    else if (owner.kind === 'office') {
      const own = offices.get(owner.id);
      if (own) own.push(file);
      else offices.set(owner.id, [file]);
    }
  }
  return { shared, offices };
}

/**
 * One office's files in the render folder after its finishing steps: what Astro rendered
 * for it (listed once per batch) and what those steps wrote, which is only ever under
 * `offices/<id>/`, `admin/<id>/` and `offline-packs/<id>.json` (src/pipeline/office-finish.ts).
 * The same list as filtering a fresh listing of the whole folder by owner.
 */
export function ownFiles(renderDir: string, id: string, rendered: readonly string[]): string[] {
  const written = [`offices/${id}`, `admin/${id}`, `${PACKS_DIR}/${id}.json`].flatMap((under) => listFiles(renderDir, under));
  const own = new Set([...rendered.filter((f) => !f.startsWith(`offices/${id}/`) && !f.startsWith(`admin/${id}/`)), ...written]);
  return [...own]
    .filter((f) => {
      const owner = ownerOf(f);
      return owner.kind === 'office' && owner.id === id;
    })
    .sort();
}
