import { useAppStore } from '../app/appStore';
import { NewProjectForm } from './NewProjectForm';
import { OpenProjectForm } from './OpenProjectForm';
import { RecentList } from './RecentList';

export function StartScreen() {
  const state = useAppStore((s) => s.state);
  const error = useAppStore((s) => s.error);
  const clearError = useAppStore((s) => s.clearError);
  return (
    <div className="start-screen">
      <header className="start-header">
        <img className="brand-mark large" src="./icon.svg" alt="" />
        <div>
          <h1>Wayline</h1>
          <p className="tagline">
            Map customer journeys, stage by stage. Everything stays on this computer.
          </p>
        </div>
      </header>
      {error && (
        <div className="banner error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={clearError}>
            Dismiss
          </button>
        </div>
      )}
      {state && (
        <div className="start-grid">
          <div className="start-column">
            <NewProjectForm state={state} />
            <OpenProjectForm state={state} />
          </div>
          <RecentList recent={state.recent} />
        </div>
      )}
    </div>
  );
}
