// Builds the router from the route table; pages inside the layout are guarded by their access key.
import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import PageLoading from './components/page-loading.tsx';
import RouteAccess from './components/route-access.tsx';
import NotFound from './components/not-found.tsx';
import { routes, type AppRoute } from './config/routes.tsx';
import BasicLayout from './layouts/basic-layout.tsx';

function toChild(route: AppRoute): RouteObject {
  const Page = route.component;
  const element = (
    <RouteAccess access={route.access}>
      <Page />
    </RouteAccess>
  );
  return route.path === '/' ? { index: true, element } : { path: route.path, element };
}

export function createRouter() {
  const bare = routes.filter((route) => route.layout === false);
  const framed = routes.filter((route) => route.layout !== false);
  return createBrowserRouter(
    [
      ...bare.map((route): RouteObject => {
        const Page = route.component;
        return {
          path: route.path,
          element: (
            <Suspense fallback={<PageLoading />}>
              <Page />
            </Suspense>
          ),
        };
      }),
      {
        path: '/',
        element: <BasicLayout />,
        children: [...framed.map(toChild), { path: '*', element: <NotFound /> }],
      },
    ],
    { basename: '/admin' },
  );
}
