import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import AppRoot from './app.tsx';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  );
}
