/**
 * QR codes as inline SVG, made at build time (no script, no image request): a
 * printed charter on a notice board links back to its page on the portal.
 */
import QRCode from 'qrcode';
import { memoryQrCache, type QrCacheStore } from './qr-cache.ts';

export interface QrSvgOptions {
  /** Error correction: M survives a crease or a pin hole in a printed notice. */
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules; 4 is the standard's minimum for reliable scanning. */
  margin?: number;
  /** Accessible name of the image. */
  title?: string;
}

/** The dark modules of the QR code for `text`, as a square boolean matrix (row-major). */
export function qrMatrix(text: string, errorCorrection: QrSvgOptions['errorCorrection'] = 'M'): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: errorCorrection });
  const size = modules.size;
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => Boolean(modules.get(y, x))));
}

/** One SVG path for the whole code: each run of dark modules in a row is one rectangle (small and crisp). */
export function qrPath(matrix: boolean[][], margin: number): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      parts.push(`M${x + margin} ${y + margin}h${end - x + 1}v1H${x + margin}z`);
      x = end;
    }
  });
  return parts.join('');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A drawing's key in the cache. */
const qrKey = (text: string, errorCorrection: string, margin: number) => `${errorCorrection} ${margin} ${text}`;

/** The drawn code of `text`: its path and size with the margin, from `cache` when drawn before. */
function qrDrawing(
  text: string,
  errorCorrection: NonNullable<QrSvgOptions['errorCorrection']>,
  margin: number,
  cache: QrCacheStore,
): { size: number; path: string } {
  const key = qrKey(text, errorCorrection, margin);
  const cached = cache.get(key);
  const space = cached?.indexOf(' ') ?? -1;
  if (cached && space > 0) return { size: Number(cached.slice(0, space)), path: cached.slice(space + 1) };
  const matrix = qrMatrix(text, errorCorrection);
  const drawing = { size: matrix.length + margin * 2, path: qrPath(matrix, margin) };
  cache.set(key, `${drawing.size} ${drawing.path}`);
  return drawing;
}

const defaultCache = memoryQrCache();

/**
 * A complete `<svg>` for `text`, scaled by its container (set a width in CSS).
 * Drawings are kept in `cache` by text (the build passes one kept in its cache dir).
 */
export function qrSvg(text: string, options: QrSvgOptions = {}, cache: QrCacheStore = defaultCache): string {
  const margin = options.margin ?? 4;
  const drawing = qrDrawing(text, options.errorCorrection ?? 'M', margin, cache);
  const size = drawing.size;
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img"${options.title ? '' : ' aria-hidden="true"'}>${title}<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${drawing.path}"/></svg>`;
}

/**
 * Draw the codes of `texts` into `cache` ahead of the pages that show them, giving way
 * to other work every few codes. The pipeline does this on its own core while an Astro
 * batch starts up (src/pipeline/office-build.ts), so the pages find their codes drawn;
 * a code not drawn in time is drawn by the page, and a text no page shows costs only its drawing.
 */
export async function drawQrCodes(
  texts: Iterable<string>,
  cache: QrCacheStore,
  options: Pick<QrSvgOptions, 'errorCorrection' | 'margin'> = {},
): Promise<number> {
  let drawn = 0;
  for (const text of texts) {
    if (cache.get(qrKey(text, options.errorCorrection ?? 'M', options.margin ?? 4)) !== undefined) continue;
    qrDrawing(text, options.errorCorrection ?? 'M', options.margin ?? 4, cache);
    if (++drawn % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return drawn;
}
