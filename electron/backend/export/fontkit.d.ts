/** The part of fontkit 2 (no published types) the PNG writer measures runs with. */
declare module 'fontkit' {
  export interface Font {
    unitsPerEm: number;
    layout(text: string): { advanceWidth: number };
  }
  export function create(buffer: Buffer): Font;
}
