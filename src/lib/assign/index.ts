/** Program directors' assignments: links, QR codes, completion reports and cohort figures (pure). */
export * from './assignment.ts';
export * from './link.ts';
export { qrSvg, qrMatrix, type QrCode } from './qr.ts';
