export * from '../../dev-server/runner.ts'
