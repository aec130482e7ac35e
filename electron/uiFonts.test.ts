import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FONT_FAMILIES } from '../shared/export/svg/fontFamilies';
import { fontCatalog, fontFilePath } from './backend/export/fontCatalog';
import { UI_FONTS_HREF } from './staticFiles';
import { readUiFontAsset } from './uiFonts';

const stylesheet = async () => (await readUiFontAsset(`/${UI_FONTS_HREF}`))!.body.toString();

interface Face {
  family: string;
  weight: string;
  src: string;
  range: [number, number][];
}

async function faces(): Promise<Face[]> {
  const rule =
    /font-family:'([^']+)';[^}]*font-weight:(\d+);font-display:swap;src:url\(([^)]+)\)[^}]*unicode-range:([^;]+);/g;
  return [...(await stylesheet()).matchAll(rule)].map(([, family, weight, src, range]) => ({
    family: family!,
    weight: weight!,
    src: src!,
    range: range!.split(',').map((part) => {
      const [from = '0', to = from] = part.replace(/^U\+/, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
    }),
  }));
}

/** The families the interface's --font names, in order. */
function fontStack(): string[] {
  const css = readFileSync(join(__dirname, '..', 'renderer', 'fonts', 'fontStack.css'), 'utf8');
  const value = /--font:([^;]+);/.exec(css)![1]!;
  return value.split(',').map((f) => f.trim().replace(/^'|'$/g, ''));
}

const covers = (face: Face, code: number) => face.range.some(([a, b]) => code >= a && code <= b);

describe('the interface fonts', () => {
  it('declare every export family, each named in the one --font chain, Inter first', async () => {
    const declared = [...new Set((await faces()).map((f) => f.family))];
    expect(declared).toEqual([...EXPORT_FONT_FAMILIES]);
    const stack = fontStack();
    expect(stack.slice(0, 2)).toEqual(['Inter Variable', 'Inter']);
    for (const family of declared) expect(stack, family).toContain(family);
    // Every Noto name in the chain is served but the system's colour emoji font.
    const noto = stack.filter((f) => f.startsWith('Noto') && f !== 'Noto Color Emoji');
    expect(noto.sort()).toEqual(declared.filter((f) => f.startsWith('Noto')).sort());
    expect(stack.at(-1)).toBe('sans-serif');
  });

  it('have a face per subset file in 400, 600 and 700, each with its range, none for symbols', async () => {
    const all = await faces();
    const subsets = [...fontCatalog().values()].flat().length;
    expect(all.length).toBeGreaterThan(subsets * 3 - 30);
    expect(new Set(all.map((f) => f.weight))).toEqual(new Set(['400', '600', '700']));
    // Hindi, Arabic, Han, Thai and an emoji each fall in a face of their own family.
    const drawnBy = (code: number) => all.find((f) => covers(f, code) && f.family !== 'Inter');
    expect(drawnBy(0x0939)?.family).toBe('Noto Sans'); // ह: Noto Sans has Devanagari itself
    expect(drawnBy(0x062d)?.family).toBe('Noto Sans Arabic');
    expect(drawnBy(0x4e2d)?.family).toBe('Noto Sans SC');
    expect(drawnBy(0x0e08)?.family).toBe('Noto Sans Thai');
    expect(drawnBy(0x1f600)?.family).toBe('Noto Emoji');
    // The interface's own icons (→ ✓ ★ ○ ⌘ ▾) stay with the system: no face claims them.
    for (const icon of '→✓★○⌘▾◐☀') expect(drawnBy(icon.codePointAt(0)!), icon).toBeUndefined();
  });

  it('serve the package files the stylesheet names, and nothing else', async () => {
    const all = await faces();
    const sc = all.find((f) => f.family === 'Noto Sans SC' && f.weight === '600')!;
    const font = (await readUiFontAsset(`/fonts/${sc.src}`))!;
    expect(font.type).toBe('font/woff');
    const file = [...fontCatalog().get('Noto Sans SC')!].find((f) => sc.src.startsWith(f.key))!;
    expect(font.body.equals(readFileSync(fontFilePath(file, 600)))).toBe(true);
    // Every other file named exists (a sample of each family).
    for (const family of EXPORT_FONT_FAMILIES) {
      const face = all.find((f) => f.family === family)!;
      expect((await readUiFontAsset(`/fonts/${face.src}`))?.body.length, family).toBeGreaterThan(0);
    }
    for (const path of [
      '/fonts/',
      '/fonts/missing.woff',
      `/fonts/${sc.src}2`,
      '/fonts/../package.json',
      '/fonts/%2e%2e%2fpackage.json',
      '/fonts/noto-sans-sc-57-500-normal.woff',
      '/fonts/noto-sans-sc-57-400-normal.woff2',
      '/index.html',
      `/assets/${sc.src}`,
    ]) {
      expect(await readUiFontAsset(path), path).toBeNull();
    }
  });
});
