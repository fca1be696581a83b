export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
export function decodePng(buf: Buffer): { width: number; height: number; rgba: Uint8Array };
export function readPngHeader(buf: Buffer): PngHeader;
