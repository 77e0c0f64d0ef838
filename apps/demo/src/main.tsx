import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@webform-kit/react/styles.css';
import './demo.css';
import { App, preloadView } from './App.tsx';
import { readSettings } from './settings.ts';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks #root');
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The first page and its panels render in one paint, so nothing on screen moves when a chunk
// arrives. Should a chunk fail to load, the app renders anyway and React.lazy tries again.
preloadView(window.location.pathname, readSettings().panels).then(render, render);
