// The frame of the officers' app: side menu from the route table, header with officer, unit, language, logout.
// Below lg the menu folds away and opens over the page, so a phone keeps its whole width for the content.
import { Layout, Menu } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import PageLoading from '../components/page-loading.tsx';
import { menuKeyOf, routes } from '../config/routes.tsx';
import { useAccess, useCurrentUser } from '../current-user.tsx';
import { useI18n } from '../locales/use-i18n.ts';
import HeaderRight from './components/header-right.tsx';
import Logo from './components/logo.tsx';
import PasswordModal from './components/password-modal.tsx';

export default function BasicLayout() {
  const { user, loading, setUser } = useCurrentUser();
  const granted = useAccess();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [narrow, setNarrow] = useState(false);

  const menuItems = useMemo(
    () =>
      routes
        .filter((route) => !route.hideInMenu && route.layout !== false)
        .filter((route) => !route.access || granted[route.access])
        .map((route) => ({ key: route.path, icon: route.icon, label: t(route.name) })),
    [granted, t],
  );

  if (loading) return <PageLoading />;
  if (!user) {
    const redirect = location.pathname + location.search;
    return <Navigate to={`/login?redirect=${encodeURIComponent(redirect)}`} replace />;
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        collapsedWidth={0}
        width={208}
        theme="dark"
        onBreakpoint={setNarrow}
        style={narrow ? { position: 'fixed', insetBlock: 0, insetInlineStart: 0, zIndex: 100 } : undefined}
        // The menu button sits in the header's empty left corner, not over the page title.
        zeroWidthTriggerStyle={{ top: 4 }}
      >
        <Logo collapsed={collapsed} />
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[menuKeyOf(location.pathname)]}
          items={menuItems}
          onClick={({ key }) => {
            if (narrow) setCollapsed(true);
            void navigate(key);
          }}
        />
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            // The sider's menu button juts into the header's left edge: the title starts after it.
            padding: '0 16px 0 56px',
            height: 48,
            lineHeight: '48px',
            borderBottom: '1px solid #f0f0f0',
            // Below lg the menu button is fixed to the screen's top-left corner: the header stays under it
            // while the page scrolls, so the button never covers the content.
            ...(narrow && { position: 'sticky', top: 0, zIndex: 99 }),
          }}
        >
          <HeaderRight user={user} />
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 8 : 16 }}>
          {user.mustChangePassword ? (
            <PasswordModal forced onClose={() => setUser({ ...user, mustChangePassword: false })} />
          ) : (
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          )}
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '8px 16px', fontSize: 12, color: '#999' }}>
          {t('app.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
