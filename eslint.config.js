// Lint: the recommended TypeScript and Vue rules, plus the layering of the
// repo (see ../shared/DESIGN.md "Architecture"): core imports neither Electron
// nor the renderer, and the renderer sees only the API contract.
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.yandu-electron/**', 'test-results/**', '.scratch*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/core/**', '**/electron/main/**', '**/electron/web/**', '**/electron/cli/**'], message: 'The renderer sees only the API contract (@api).' },
            { group: ['node:*', 'electron', 'better-sqlite3'], message: 'The renderer never touches Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'core is plain Node: no Electron.' },
            { group: ['**/src/**', '**/main/**', '**/preload/**', '**/web/**', '**/cli/**'], message: 'core imports only downward.' },
          ],
        },
      ],
    },
  },
)
