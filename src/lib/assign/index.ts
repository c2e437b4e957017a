/** Program directors' assignments: links, QR codes, completion reports and cohort figures (pure). */
export * from './assignment.ts';
export * from './link.ts';
export * from './figures.ts';
export * from './report.ts';
export type { WriterEvents } from './report-events.ts';
export { csvCell, toCsv } from './csv.ts';
export * from './cohort.ts';
