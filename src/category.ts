/** Artifact categories: shared by the plan, the Simvue client and the report. */
export type Category = 'input' | 'output' | 'code'
export const CATEGORIES: readonly Category[] = ['input', 'output', 'code']
