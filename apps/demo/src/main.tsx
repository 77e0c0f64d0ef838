import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@webform-kit/react/styles.css';
import './demo.css';
import { App } from './App.tsx';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lacks #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
