import type { Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProjectStore } from '../../electron/backend/projectStore';
import { journeyList } from '../../shared/model/doc';
import { connectedJourney } from '../../shared/layout/routing/connectedJourney';
import { exportAs } from './support/exportDialog';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

interface Drawn {
  d: string;
  /** The label's box as x,y,width,height, or '' when it has none. */
  label: string;
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Each connection's path data and label box, as the exported SVG draws them. */
function exportedRoutes(svg: string): Record<string, Drawn> {
  const tree = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(svg);
  const routes: Record<string, Drawn> = {};
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@')!;
      const attrs = node[':@'] ?? {};
      const children = (node[tag] ?? []) as Node[];
      const child = (name: string) => children.find((c) => name in c)?.[':@'] ?? {};
      if (attrs['@_class'] === 'connection') {
        routes[attrs['@_data-id']!] ??= { d: '', label: '' };
        routes[attrs['@_data-id']!]!.d = child('path')['@_d']!;
      } else if (attrs['@_class'] === 'connection-pill') {
        const r = child('rect');
        routes[attrs['@_data-for']!] ??= { d: '', label: '' };
        routes[attrs['@_data-for']!]!.label = [r['@_x'], r['@_y'], r['@_width'], r['@_height']]
          .map(Number)
          .join(',');
      } else if (Array.isArray(children)) walk(children);
    }
  };
  walk(tree as Node[]);
  return routes;
}

/** The same, read from the canvas's DOM: React Flow's edge paths and the label pills. */
function canvasRoutes(page: Page): Promise<Record<string, Drawn>> {
  return page.evaluate(() => {
    const routes: Record<string, { d: string; label: string }> = {};
    for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const id = edge.dataset.id ?? edge.getAttribute('data-id') ?? '';
      const d = edge.querySelector('.react-flow__edge-path')?.getAttribute('d') ?? '';
      routes[id] = { d, label: '' };
    }
    for (const pill of document.querySelectorAll<HTMLElement>('.edge-label[data-connection]')) {
      const move = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(pill.style.transform);
      const box = [move?.[1], move?.[2], pill.style.width, pill.style.height].map((v) =>
        Number.parseFloat(v ?? ''),
      );
      const id = pill.dataset.connection!;
      routes[id] ??= { d: '', label: '' };
      routes[id].label = box.join(',');
    }
    return routes;
  });
}

async function exportSvg(page: Page, workspace: Workspace, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await exportAs(page, workspace, 'SVG image', name);
  await page.keyboard.press('Escape');
  return readFileSync(file, 'utf8');
}

test('the canvas draws every arrow and label of the worked example where the SVG export does', async ({
  page,
  workspace,
}) => {
  await workspace.serveSeeded(['hotel-example']);
  const exported = exportedRoutes(await exportSvg(page, workspace, 'hotel.svg'));
  expect(Object.keys(exported)).toHaveLength(10);
  expect(Object.values(exported).filter((r) => r.label)).toHaveLength(2);
  // The router loads a moment after the page: until then arrows are straight.
  await expect.poll(() => canvasRoutes(page)).toEqual(exported);
  const label = page.locator('.edge-label', { hasText: 'Fee shown late' });
  await expect(label).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'routing-worked-example.png') });
  const box = (await label.boundingBox())!;
  await page.screenshot({
    path: join(SHOTS, 'routing-worked-example-detail.png'),
    clip: { x: box.x - 160, y: box.y - 190, width: 420, height: 300 },
  });

  // Presentation draws the same kind of route, with its own larger labels clear of the cards.
  // (A stage opens in the stage view; M shows the map around it instead.)
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('stage-view')).toBeVisible();
  await page.keyboard.press('m');
  await expect(page.getByTestId('stage-view')).toBeHidden();
  const presented = page.locator('.present-edge-label', { hasText: 'Fee shown late' });
  await expect(presented).toBeVisible();
  // Routed: arrows turn corners in the gutters rather than curving across cards.
  await expect(page.locator('path.present-edge[d*="Q"]').first()).toBeAttached();
  await page.screenshot({ path: join(SHOTS, 'routing-presentation.png') });
});

test('a journey with 200 connections: the canvas and the SVG draw the same routes', async ({
  page,
  workspace,
}) => {
  const file = workspace.path('Connected.wayline');
  const store = createProjectStore(file, 'Connected');
  const { doc } = connectedJourney({ stages: 12, cards: 300, connections: 200 });
  store.apply([
    { type: 'deleteRows', ids: { journeys: journeyList(store.doc).map((j) => j.id) } },
    {
      type: 'insertRows',
      rows: {
        journeys: Object.values(doc.journeys),
        stages: Object.values(doc.stages),
        lanes: Object.values(doc.lanes),
        touchpoints: Object.values(doc.touchpoints),
        connections: Object.values(doc.connections),
      },
    },
  ]);
  store.close();
  await workspace.serve(file);
  await expect(page.getByTestId('stage-column').first()).toBeVisible();
  const exported = exportedRoutes(await exportSvg(page, workspace, 'connected.svg'));
  expect(Object.keys(exported)).toHaveLength(200);
  // The canvas draws the arrows near the view; each of them is the exported one.
  await expect
    .poll(async () => {
      const drawn = await canvasRoutes(page);
      const ids = Object.keys(drawn);
      return ids.length > 20 && ids.every((id) => drawn[id]!.d === exported[id]!.d);
    })
    .toBe(true);
  const drawn = await canvasRoutes(page);
  for (const [id, route] of Object.entries(drawn)) expect(route).toEqual(exported[id]);
  await page.screenshot({ path: join(SHOTS, 'routing-200-connections.png') });
});
