/**
 * QR codes as inline SVG, made at build time (no script, no image request): a
 * printed charter on a notice board links back to its page on the portal.
 */
import QRCode from 'qrcode';

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

/** A complete `<svg>` for `text`, scaled by its container (set a width in CSS). */
export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  const margin = options.margin ?? 4;
  const matrix = qrMatrix(text, options.errorCorrection ?? 'M');
  const size = matrix.length + margin * 2;
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img"${options.title ? '' : ' aria-hidden="true"'}>${title}<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${qrPath(matrix, margin)}"/></svg>`;
}
