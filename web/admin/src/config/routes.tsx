// ONE route table: it drives the router and the side menu (ant-design-pro style).
import {
  AuditOutlined,
  DashboardOutlined,
  ShopOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { AccessKey } from '../access.ts';
import type { MessageKey } from '../locales/index.ts';

export interface AppRoute {
  readonly path: string;
  /** Locale key of the menu entry and page title. */
  readonly name: MessageKey;
  readonly icon?: ReactNode;
  /** Required access; absent only for pages outside the session (login). */
  readonly access?: AccessKey;
  readonly component: LazyExoticComponent<ComponentType>;
  readonly hideInMenu?: boolean;
  /** false: rendered without the side menu and header. */
  readonly layout?: false;
}

export const routes: readonly AppRoute[] = [
  {
    path: '/login',
    name: 'menu.login',
    layout: false,
    hideInMenu: true,
    component: lazy(() => import('../pages/login/index.tsx')),
  },
  {
    path: '/',
    name: 'menu.home',
    icon: <DashboardOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/home/index.tsx')),
  },
  {
    path: '/items',
    name: 'menu.items',
    icon: <UnorderedListOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/items/index.tsx')),
  },
  {
    path: '/items/new',
    name: 'menu.items.new',
    access: 'canEditItem',
    hideInMenu: true,
    component: lazy(() => import('../pages/items/new/index.tsx')),
  },
  {
    path: '/items/:id',
    name: 'menu.items.detail',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/items/detail/index.tsx')),
  },
  {
    path: '/entities',
    name: 'menu.entities',
    icon: <ShopOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/entities/index.tsx')),
  },
  {
    path: '/entities/:id',
    name: 'menu.entities.detail',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/entities/detail/index.tsx')),
  },
  {
    path: '/inspectors',
    name: 'menu.inspectors',
    icon: <TeamOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/inspectors/index.tsx')),
  },
  {
    path: '/inspectors/:id',
    name: 'menu.inspectors.detail',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/inspectors/detail/index.tsx')),
  },
  {
    path: '/audit',
    name: 'menu.audit',
    icon: <AuditOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/audit/index.tsx')),
  },
];

/** The menu entry a path belongs to: a detail page lights up its list's entry. */
export function menuKeyOf(pathname: string): string {
  const inMenu = routes.filter((route) => !route.hideInMenu && route.layout !== false);
  const match = inMenu
    .filter(
      (route) => pathname === route.path || (route.path !== '/' && pathname.startsWith(`${route.path}/`)),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? '';
}
