import { lazy, Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';

const AntdShell = lazy(() => import('./antd-shell.tsx'));

const NAV = [
  { to: '/', label: '检查结果公示' },
  { to: '/items', label: '抽查事项清单' },
  { to: '/plans', label: '抽查计划' },
  { to: '/draws', label: '抽取结果' },
  { to: '/algorithm', label: '抽取算法' },
  { to: '/archive', label: '信用档案' },
] as const;

export default function PortalLayout() {
  // The results list (the first page) is plain HTML: it loads no antd.
  const plain = useLocation().pathname === '/';
  return (
    <>
      <header className="portal-header">
        <h1>临河区公安局 “双随机、一公开” 信息公示</h1>
        <nav className="portal-nav">
          {NAV.map((n) => (
            <NavLink
              key={n.to}
              to={n.to}
              end={n.to === '/'}
              className={({ isActive }) => (isActive ? 'active' : '')}
            >
              {n.label}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="portal-main">
        <Suspense fallback={<p className="page-loading">加载中…</p>}>
          {plain ? (
            <Outlet />
          ) : (
            <AntdShell>
              <Outlet />
            </AntdShell>
          )}
        </Suspense>
      </main>
      <footer className="portal-footer">公示信息中的身份证号、手机号已作脱敏处理 · 管理端入口 /admin/</footer>
    </>
  );
}
