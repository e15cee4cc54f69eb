// Lint: the recommended JavaScript and TypeScript rules, plus the house rule that page content
// never goes into innerHTML.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly',
      },
    },
    rules: {
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Text goes in as text: use textContent or Preact.' },
        { property: 'outerHTML', message: 'Text goes in as text: use textContent or Preact.' },
        { property: 'insertAdjacentHTML', message: 'Text goes in as text.' },
      ],
      'no-restricted-syntax': ['error', {
        selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
        message: 'Text goes in as text.',
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
