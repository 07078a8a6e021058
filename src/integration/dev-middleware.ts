/**
 * `astro dev` only (added by the integration for the dev server): a page the build
 * would refuse throws the content error, so Astro's error overlay shows it with
 * the file, the line and the hint instead of the page.
 */
import type { MiddlewareHandler } from 'astro';
import { refusalFor } from './dev-state.ts';

export const onRequest: MiddlewareHandler = (context, next) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const pathname = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname.replace(/^\//, '');
  const refusal = refusalFor(pathname);
  if (refusal) throw refusal;
  return next();
};
