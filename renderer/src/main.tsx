import '@fontsource-variable/inter';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './editor/keyboard/focusRing.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { injectLaneKindStyles } from './editor/theme/laneKindStyles';
import { startTheme } from './editor/theme/themeStore';

injectLaneKindStyles();
startTheme();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
