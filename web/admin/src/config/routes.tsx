// ONE route table: it drives the router and the side menu (ant-design-pro style).
import {
  AimOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DiffOutlined,
  ExperimentOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FormOutlined,
  IdcardOutlined,
  ProfileOutlined,
  ScheduleOutlined,
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
    // The witness page: reached with the one-time code, no login and no frame.
    path: '/witness/:drawId',
    name: 'menu.witness',
    layout: false,
    hideInMenu: true,
    component: lazy(() => import('../pages/witness/index.tsx')),
  },
  {
    path: '/',
    name: 'menu.home',
    icon: <DashboardOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/home/index.tsx')),
  },
  {
    // R-27.1: figures per unit and year; supervising units see their subordinates'.
    path: '/assessment',
    name: 'menu.assessment',
    icon: <BarChartOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/assessment/index.tsx')),
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
    path: '/plans',
    name: 'menu.plans',
    icon: <CalendarOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/plans/index.tsx')),
  },
  {
    path: '/plans/new',
    name: 'menu.plans.new',
    access: 'canEditPlan',
    hideInMenu: true,
    component: lazy(() => import('../pages/plans/editor/index.tsx')),
  },
  {
    path: '/plans/:id',
    name: 'menu.plans.detail',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/plans/editor/index.tsx')),
  },
  {
    path: '/tasks',
    name: 'menu.tasks',
    icon: <ProfileOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/tasks/index.tsx')),
  },
  {
    path: '/tasks/:id',
    name: 'menu.tasks.detail',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/tasks/detail/index.tsx')),
  },
  {
    path: '/draws',
    name: 'menu.draws',
    icon: <ExperimentOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/draws/index.tsx')),
  },
  {
    path: '/draws/:id',
    name: 'menu.draws.ceremony',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/draws/ceremony/index.tsx')),
  },
  {
    path: '/draws/:id/record',
    name: 'menu.draws.record',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/draws/record/index.tsx')),
  },
  // Inspections, reports and publication (issue 5). The record form is bare: a phone in the field needs the full width.
  {
    path: '/inspections',
    name: 'menu.inspections',
    icon: <FormOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/inspections/index.tsx')),
  },
  {
    path: '/inspections/draws/:drawId',
    name: 'menu.inspections.draw',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/inspections/draw/index.tsx')),
  },
  {
    path: '/inspections/:id',
    name: 'menu.inspections.record',
    layout: false,
    hideInMenu: true,
    component: lazy(() => import('../pages/inspections/record/index.tsx')),
  },
  {
    path: '/inspections/:id/report',
    name: 'menu.reports.new',
    access: 'canInspect',
    hideInMenu: true,
    component: lazy(() => import('../pages/reports/editor/index.tsx')),
  },
  {
    // inspections outside the draw; their records open the same form as above.
    path: '/targeted',
    name: 'menu.targeted',
    icon: <AimOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/targeted/index.tsx')),
  },
  {
    path: '/reports',
    name: 'menu.reports',
    icon: <FileDoneOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/reports/index.tsx')),
  },
  {
    path: '/reports/:id',
    name: 'menu.reports.detail',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/reports/detail/index.tsx')),
  },
  {
    path: '/follow-ups',
    name: 'menu.followUps',
    icon: <ScheduleOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/follow-ups/index.tsx')),
  },
  {
    path: '/changes',
    name: 'menu.changes',
    icon: <DiffOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/changes/index.tsx')),
  },
  {
    path: '/audit',
    name: 'menu.audit',
    icon: <AuditOutlined />,
    access: 'canRead',
    component: lazy(() => import('../pages/audit/index.tsx')),
  },
  {
    // 系统管理: the official working-day calendar of the publication deadline (R-N.9).
    path: '/system/calendar',
    name: 'menu.calendar',
    icon: <FieldTimeOutlined />,
    access: 'canManageCalendar',
    component: lazy(() => import('../pages/calendar/index.tsx')),
  },
  {
    // 系统管理: officers' accounts and roles (issue 10.2, 10.5).
    path: '/system/accounts',
    name: 'menu.accounts',
    icon: <IdcardOutlined />,
    access: 'canManageAccounts',
    component: lazy(() => import('../pages/accounts/index.tsx')),
  },
  {
    // Issue 10.4: every officer's own keys; reached from the header menu.
    path: '/my/signing-keys',
    name: 'menu.signingKeys',
    access: 'canRead',
    hideInMenu: true,
    component: lazy(() => import('../pages/signing-keys/index.tsx')),
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
