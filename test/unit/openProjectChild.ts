import { errorMessage } from '../../shared/api/errors';
import { openProjectStore } from '../../electron/backend/projectStore';

/**
 * Run in a child process (as `nobody` when the tests run as root): opens the project at argv[2],
 * tries one edit, and prints what happened as JSON.
 */
function main(path: string): void {
  try {
    const store = openProjectStore(path);
    let edit = 'saved';
    try {
      store.apply([{ type: 'updateProject', patch: { name: 'Edited' } }]);
    } catch (err) {
      edit = `${(err as { code?: string }).code}: ${errorMessage(err)}`;
    }
    const result = {
      opened: true,
      name: store.doc.info.name,
      journeys: Object.keys(store.doc.journeys).length,
      readOnly: store.readOnly,
      edit,
    };
    store.close();
    process.stdout.write(JSON.stringify(result));
  } catch (err) {
    const code = (err as { code?: string }).code;
    process.stdout.write(JSON.stringify({ opened: false, code, message: errorMessage(err) }));
  }
}

main(process.argv[2] ?? '');
