/**
 * The layers of Protishruti, bottom to top, in one place. A module may import from its
 * own layer and the layers below it, never from a layer above; `npm run lint:layers`
 * (and tests/lint/layers.test.ts, part of `npm test`) fails on an import against the
 * order and on import cycles.
 *
 *   1. core        src/schemas (the zod schemas, one per document kind), src/core (types
 *                  every layer shares: Diagnostic, FieldPath, BuildStep, hashes),
 *                  src/i18n (the words the site and the reports print)
 *   2. domain      src/domain: pure rules (calendar, fiscal year, freshness, memo numbers,
 *                  phone, diff); no file system
 *   3. content     src/content-model: reading the content tree and policy from disk
 *   4. validation  src/validation: every check over the content model, with diagnostics
 *   5. apps        the site (src/pages, src/components, src/layouts, src/lib, src/search,
 *                  src/offline), src/importer, src/synthetic, cms/, scripts/, bench/, tests/
 *
 * Inside the apps layer: the site and the libraries under src/ never import cms/, scripts/,
 * bench/ or tests/; cms/ never imports scripts/ (scripts are thin CLIs over cms/ and src/).
 */
const CORE = '^src/(schemas|core|i18n)/';
const DOMAIN = '^src/domain/';
const CONTENT = '^src/content-model/';
const VALIDATION = '^src/validation/';

/** Layer `name` (at `from`) must not import any of the paths above it. */
const below = (name, from, above) => ({
  name: `${name}-imports-upward`,
  comment: `${name} is below ${above.join(', ')} in the layer order (.dependency-cruiser.cjs): move the shared piece down instead`,
  severity: 'error',
  from: { path: from },
  to: { path: above },
});

const APPS = ['^src/(?!schemas/|core/|i18n/|domain/|content-model/|validation/)', '^cms/', '^scripts/', '^bench/', '^tests/'];

module.exports = {
  forbidden: [
    below('core', CORE, [DOMAIN, CONTENT, VALIDATION, ...APPS]),
    below('domain', DOMAIN, [CONTENT, VALIDATION, ...APPS]),
    below('content-model', CONTENT, [VALIDATION, ...APPS]),
    below('validation', VALIDATION, APPS),
    {
      name: 'src-imports-tools',
      comment: 'code under src/ is what the site, the CMS and the scripts share: it cannot depend on cms/, scripts/, bench/ or tests/',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^scripts/', '^bench/', '^tests/'] },
    },
    {
      name: 'src-imports-cms',
      comment: 'only the build pipeline and the Astro integration (the top of src/) run the CMS build step; the rest of src/ never depends on cms/',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(pipeline|integration)/' },
      to: { path: ['^cms/'] },
    },
    {
      name: 'cms-imports-scripts',
      comment: 'scripts/ are thin command lines over cms/ and src/; a piece both need belongs under src/',
      severity: 'error',
      from: { path: '^cms/' },
      to: { path: ['^scripts/', '^bench/', '^tests/'] },
    },
    {
      name: 'no-cycles',
      comment: 'an import cycle: two modules that need each other are one concern or need a third, lower module',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules/', '^dist/', '^\\.astro/', '^content/', '^tests/fixtures/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
    reporterOptions: { text: { highlightFocused: true } },
  },
};
