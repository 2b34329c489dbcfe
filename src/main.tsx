import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/orbitron/700.css';
import '@fontsource/orbitron/900.css';
import '@fontsource/rajdhani/500.css';
import '@fontsource/rajdhani/700.css';
import './hud/hud.css';
import { App } from './App';
import { installTestHook } from './game/test-hook';
import { webgl2Problem } from './game/webgl-support';
import { FatalScreen } from './hud/FatalScreen';

const container = document.getElementById('root');
if (!container) throw new Error('index.html is missing #root');
installTestHook();
const problem = webgl2Problem();
createRoot(container).render(
  <StrictMode>
    {problem ? <FatalScreen title="WebGL2 unavailable" detail={problem} /> : <App />}
  </StrictMode>,
);
