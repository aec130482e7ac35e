import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { exportJourney } from '/work/wt-fonts/electron/backend/export/exportJourney';
import { multilingualJourney } from '/work/wt-fonts/electron/backend/export/testing/multilingualJourney';
it('smoke', async () => {
  const { doc, journeyId } = multilingualJourney();
  for (const format of ['svg', 'png', 'pdf'] as const) {
    const t = Date.now();
    const out = await exportJourney(doc, journeyId, format, {});
    console.log(format, Date.now() - t, 'ms', out.bytes.length, out.notes);
    writeFileSync(`/tmp/fx/out/m.${format}`, out.bytes);
  }
}, 60000);
