// ESLint flat config: eslint's and typescript-eslint's recommended rules (not type-checked, for speed;
// `npm run typecheck` is the type check) plus import-x/no-cycle, so the engine keeps an acyclic module graph.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Built output, the bundled Action and hook, dependencies, and YAML fixtures with their own exact expectations.
  globalIgnores(['dist/', 'action/dist/', 'hook/', 'node_modules/', 'charts-fixtures/', 'test/data/', 'coverage/', 'scratch/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: globals.node,
    },
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into .ts/.mts files (parsed with typescript-eslint's parser) and resolve the
      // NodeNext-style `./x.js` specifiers to the `./x.ts` sources through tsconfig.json.
      'import-x/extensions': ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' }), createNodeResolver()],
    },
    rules: {
      // A runtime cycle between our own modules is an error; `import type` cycles are ignored by the rule
      // (they vanish at runtime), and packages in node_modules are not walked.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],

      // Unused names are errors, except `_`-prefixed ones (an argument kept for a callback's signature,
      // a destructured field dropped on purpose) and the rest sibling of a destructuring.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // With noUncheckedIndexedAccess, `xs[i]!` after a bounds check is the idiom, not a smell.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Control characters in regexes are deliberate here: stripping ANSI escapes (\x1b) and the
      // characters XML 1.0 forbids (JUnit output).
      'no-control-regex': 'off',
    },
  },
);
