// @ts-check
/**
 * typescript-eslint's recommended rules (not the type-checked set: linting the whole tree
 * stays a few seconds, fit for every `npm test`). `npm run lint` runs it after Prettier
 * and before the layer check (.dependency-cruiser.cjs).
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'content/',
      'tests/fixtures/',
      'src/fonts/',
      'bench/results/',
      'bench/out/',
      'dist.*/',
      'src/offline/sw.js',
      'tests/site/__snapshots__/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // RULES TURNED OFF OR TUNED, and why (each keeps the current tree passing without mass edits):
      // - no-misleading-character-class: Bengali vowel signs, virama and nukta are combining marks, and the
      //   digit/letter classes of the domain and importer list them on purpose (39 places).
      'no-misleading-character-class': 'off',
      // - no-control-regex: finding control characters is the point of the hostile-input checks
      //   (content-safety, read-input, yaml-text).
      'no-control-regex': 'off',
      // - no-useless-escape: `[\-/]` in the memo-number, email and digit patterns is harmless and reads as
      //   intended; 12 places in files others are editing. Worth turning on after the lead's formatting pass.
      'no-useless-escape': 'off',
      // - no-unused-vars: a leading underscore marks a value left out on purpose (`const { body: _body, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // - no-unused-expressions: short-circuit calls (`a ? f() : b && g()`) as statements, once, in the docx reader.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // RULES ADDED: zod's internals (`schema._zod.def`) change between minor versions; the public API
      // (`.type`, `.shape`, `.element`, `.options`, `.unwrap()`, `z.toJSONSchema`) is what src/core/schema-fields.ts uses.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='_zod']", message: "zod's private `_zod`: use the public API (src/core/schema-fields.ts)" },
      ],
    },
  },
);
