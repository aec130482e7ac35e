import { useShallow } from 'zustand/react/shallow';
import { removeSurveyImportOp, surveyImportsOf } from '../../../../shared/model/surveys';
import { useDocument, useDocumentStore } from '../documentContext';

/** The journey's survey imports, each removable as a unit (one undo step). */
export function SurveyImportList({ journeyId }: { journeyId: string }) {
  const store = useDocumentStore();
  const imports = useDocument(useShallow((s) => surveyImportsOf(s.doc, journeyId)));
  if (imports.length === 0) return null;
  const remove = (id: string) => {
    const { dispatch, doc } = store.getState();
    dispatch(removeSurveyImportOp(doc, id));
  };
  return (
    <section className="survey-imports" aria-label="Survey imports">
      <h3>Imported into this journey</h3>
      <ul data-testid="survey-imports">
        {imports.map((i) => (
          <li key={i.id}>
            <span>
              {i.name}: {i.answerCount} answers, {i.importedAt.slice(0, 10)}
            </span>
            <button type="button" className="link-button" onClick={() => remove(i.id)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
