/**
 * Publishes each office's media folder (focal point photos, scanned signed copies)
 * at /offices/<id>/media/<file>, straight from content, so a photo an editor adds
 * with the CMS appears on the next build with no copy step to forget.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { plainFilesUnder } from '../../../../content-model/confine.ts';
import { MEDIA_FOLDER, officesDir } from '../../../../content-model/paths.ts';
import { buildScope, rendersOffice } from '../../../../content-model/scope.ts';

/** Kinds of file the portal publishes from a media folder; anything else stays private to the repository. */
const PUBLISHED = /\.(jpe?g|png|webp|avif|gif|pdf)$/i;

export const getStaticPaths = (() => {
  const root = officesDir();
  if (!fs.existsSync(root)) return [];
  const scope = buildScope();
  return fs
    .readdirSync(root)
    .filter((office) => rendersOffice(scope, office))
    .flatMap((office) => {
      const dir = path.join(root, office, MEDIA_FOLDER);
      // Only real folders, and only regular files in them: a link (media -> /) is never followed.
      const real = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
      if (!real(path.join(root, office)) || !real(dir)) return [];
      return plainFilesUnder(dir)
        .filter((file) => PUBLISHED.test(file))
        .map((file) => ({ params: { office, file }, props: { absolute: path.join(dir, file) } }))
        .sort((a, b) => a.params.file.localeCompare(b.params.file));
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync((props as { absolute: string }).absolute));
