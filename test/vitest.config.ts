import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
    ],
    // Component tests ask for a DOM per file: `// @vitest-environment happy-dom`.
    environment: 'node',
    globalSetup: ['test/unit/globalSetup.ts'],
    testTimeout: 20_000,
  },
});
