// The public portal (no login): item list, plans, draws, results and credit archives, phone first.
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import PortalLayout from './portal-layout.tsx';
// Each page is its own chunk, loaded when first opened: the first page does not carry the others' code.
const ArchivePage = lazy(() => import('./pages/archive.tsx'));
const ArchiveSearchPage = lazy(() => import('./pages/archive-search.tsx'));
const DrawsPage = lazy(() => import('./pages/draws.tsx'));
const DrawPage = lazy(() => import('./pages/draw/index.tsx'));
const VerifyFilePage = lazy(() => import('./pages/verify.tsx'));
const AlgorithmPage = lazy(() => import('./pages/algorithm.tsx'));
const ItemsPage = lazy(() => import('./pages/items.tsx'));
const PlansPage = lazy(() => import('./pages/plans.tsx'));
const ResultsPage = lazy(() => import('./pages/results.tsx'));
import './portal.css';

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
      { path: 'draws/:drawId', element: <DrawPage /> },
      { path: 'verify', element: <VerifyFilePage /> },
      { path: 'algorithm', element: <AlgorithmPage /> },
      { path: 'archive', element: <ArchiveSearchPage /> },
      { path: 'archive/:publicId', element: <ArchivePage /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* antd's provider wraps every page but the results list (portal-layout.tsx). */}
    <RouterProvider router={router} />
  </StrictMode>,
);
