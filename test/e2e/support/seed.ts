import { createProjectStore } from '../../../electron/backend/projectStore';
import { journeyList } from '../../../shared/model/doc';
import { journeyFromTemplate } from '../../../shared/model/templates';

/**
 * A project file whose journeys come from templates, in order, written by the real backend
 * store: what a user would have after creating them in the app.
 */
export function seedProject(path: string, name: string, templateIds: readonly string[]): void {
  const store = createProjectStore(path, name);
  const starter = journeyList(store.doc).map((j) => j.id);
  store.apply([
    { type: 'deleteRows', ids: { journeys: starter } },
    ...templateIds.map((templateId, i) => ({
      type: 'insertRows' as const,
      rows: journeyFromTemplate(templateId, {
        orderKey: `a${i}`,
        personaOrderKey: `a${i}`,
      }),
    })),
  ]);
  store.close();
}
