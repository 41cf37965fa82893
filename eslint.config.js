// Lint enforces the invariants of ARCHITECTURE.md that a rule can check:
// which stage may import which library.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const heavyLibraries = (allowed) =>
  [
    { name: '@tensorflow/tfjs', message: 'Only src/ops and src/runtime touch tfjs.' },
    { name: '@tensorflow/tfjs-backend-webgpu', message: 'Only src/ops and src/runtime touch tfjs.' },
    { name: 'react', message: 'Only src/ui uses React.' },
    { name: 'react-dom', message: 'Only src/ui uses React.' },
    { name: 'monaco-editor', message: 'Only src/ui uses Monaco.' },
    { name: 'elkjs', message: 'Only src/ui (and its layout worker) uses elkjs.' },
  ].filter((p) => !allowed.includes(p.name));

const restrict = (files, allowed, extraPatterns = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: heavyLibraries(allowed),
        patterns: [
          ...(allowed.some((a) => a.startsWith('@tensorflow/')) ? [] : [{ group: ['@tensorflow/*'], message: 'Only src/ops and src/runtime touch tfjs.' }]),
          ...(allowed.includes('elkjs') ? [] : [{ group: ['elkjs/*'], message: 'Only src/ui uses elkjs.' }]),
          ...(allowed.includes('monaco-editor') ? [] : [{ group: ['monaco-editor/*'], message: 'Only src/ui uses Monaco.' }]),
          ...extraPatterns,
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // Build and test scripts run in Node.
  {
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  // The pure stages: no tfjs, React, Monaco or elkjs.
  restrict(['src/lang/**', 'src/ir/**', 'src/passes/**', 'src/script/**', 'src/eager/**', 'src/autograd/**', 'src/trace/**', 'src/api/**', 'src/cli/**'], []),
  // Kernels and the runtime may use tfjs.
  restrict(['src/ops/**', 'src/runtime/**'], ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-webgpu']),
  // The UI talks to the compiler only through src/api.
  restrict(['src/ui/**'], ['react', 'react-dom', 'monaco-editor', 'elkjs'], [
    {
      group: ['**/lang/*', '**/ir/*', '**/passes/*', '**/script/*', '**/eager/*', '**/trace/*', '**/runtime/*', '**/ops/*'],
      message: 'The UI talks to the compiler only through src/api.',
    },
  ]),
);
