import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // portal/src/locales/cy.ts and locale-codes.ts are written by `lit-localize build`.
  {
    ignores: [
      'dist/',
      'data/',
      'node_modules/',
      'coverage/',
      'portal/src/locales/cy.ts',
      'portal/src/locales/locale-codes.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: [
      'server/src/cli.ts',
      'server/src/log.ts',
      'server/bench/**',
      'tests/**',
      'examples/**',
      '**/*.test.ts',
    ],
    rules: { 'no-console': 'off' },
  },
)
