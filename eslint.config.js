import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The simulation is the game's source of truth: it must be pure and deterministic
// (see ARCHITECTURE.md). These rules make a leak of the browser, the view, or a
// wall clock into src/sim a lint error rather than a desync found in a replay.
const simPurity = {
  files: ['src/sim/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['three', 'three/*'], message: 'src/sim must not depend on three.js.' },
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
            message: 'src/sim must not depend on React.',
          },
          { group: ['@react-three/*'], message: 'src/sim must not depend on React Three Fiber.' },
          { group: ['zustand', 'zustand/*'], message: 'src/sim must not depend on UI stores.' },
          {
            group: ['**/view/*', '**/hud/*', '**/audio/*', '**/state/*', '**/input/*', '**/game/*'],
            message: 'src/sim is the bottom layer: it imports nothing from the browser runtime.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'performance',
        'requestAnimationFrame',
        'setTimeout',
        'setInterval',
        'crypto',
      ].map((name) => ({ name, message: `src/sim is deterministic: no ${name}.` })),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use the sim RNG (sim.rng).' },
      { object: 'Date', property: 'now', message: 'The sim clock is sim.tick.' },
      { object: 'performance', property: 'now', message: 'The sim clock is sim.tick.' },
      ...[
        'sin',
        'cos',
        'tan',
        'atan',
        'atan2',
        'asin',
        'acos',
        'hypot',
        'pow',
        'exp',
        'log',
        'cbrt',
      ].map((property) => ({
        object: 'Math',
        property,
        message:
          'Engines round Math transcendentals differently: use src/sim/math/det-math (replays must verify everywhere).',
      })),
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date']", message: 'The sim clock is sim.tick.' },
      {
        selector: "CallExpression[callee.property.name='step'][arguments.length>1]",
        message:
          'Step cannon-es with world.step(FIXED_DT) only: the 3-argument form reads the wall clock.',
      },
      {
        selector: "CallExpression[callee.property.name='fixedStep']",
        message: 'fixedStep() reads the wall clock; use world.step(FIXED_DT).',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  simPurity,
  {
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
  },
  {
    files: [
      'tests/**/*.ts',
      'bench/**/*.ts',
      'models/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
