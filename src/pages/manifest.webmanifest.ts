/**
 * The web app manifest: lets a citizen add the portal to the home screen, where it
 * opens in its own window and, with the service worker, works without a signal.
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/strings.ts';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const manifest = {
    name: `${t('site.name')}: ${t('site.tagline')}`,
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: 'bn',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5d3b',
    icons: [{ src: `${base}icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
