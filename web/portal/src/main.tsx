// The public portal (no login): item list, plans, draws, results and credit archives, phone first.
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import * as zhCNModule from 'antd/es/locale/zh_CN.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import PortalLayout from './portal-layout.tsx';
import ArchivePage from './pages/archive.tsx';
import DrawsPage from './pages/draws.tsx';
import ItemsPage from './pages/items.tsx';
import PlansPage from './pages/plans.tsx';
import ResultsPage from './pages/results.tsx';
import './portal.css';

// antd types its locale files as CommonJS under NodeNext while Vite loads them as ES modules: accept both shapes.
const zhCNValue = zhCNModule.default as Locale | { readonly default: Locale };
const zhCN: Locale = 'locale' in zhCNValue ? zhCNValue : zhCNValue.default;

// Hash routes: the server serves one index.html at / and needs no fallback for client paths.
const router = createHashRouter([
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <ResultsPage /> },
      { path: 'items', element: <ItemsPage /> },
      { path: 'plans', element: <PlansPage /> },
      { path: 'draws', element: <DrawsPage /> },
      { path: 'archive/:publicId', element: <ArchivePage /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b71c1c' } }}>
      <RouterProvider router={router} />
    </ConfigProvider>
  </StrictMode>,
);
