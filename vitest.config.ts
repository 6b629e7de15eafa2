import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['__tests__/helpers/global-setup.ts'],
    setupFiles: ['__tests__/helpers/no-workflow-commands.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // End-to-end files spend most of their time waiting on child processes and timers, so
    // more files run at once than there are cores (vitest's default here: cores - 1 = 1).
    maxWorkers: 4,
    reporters: ['default', './__tests__/helpers/count-reporter.ts']
  }
})
