// Providers: antd locale and theme follow the language switch; the App context feeds the request error UI.
import { App, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import * as enUSModule from 'antd/es/locale/en_US.js';
import * as zhCNModule from 'antd/es/locale/zh_CN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { CurrentUserProvider } from './current-user.tsx';
import type { Lang } from './locales/index.ts';
import { useI18n } from './locales/use-i18n.ts';
import { requestErrorConfig } from './requestErrorConfig.ts';
import { createRouter } from './router.tsx';
import './global.css';

// antd types its locale files as CommonJS under NodeNext while Vite loads them as ES modules: accept both shapes.
function localeOf(module: { readonly default: unknown }): Locale {
  const value = module.default as Locale | { readonly default: Locale };
  return 'locale' in value ? value : value.default;
}

/** Officers who ask their system for less motion get none (also what the browser tests ask for). */
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const antdLocales: Readonly<Record<Lang, Locale>> = {
  'zh-CN': localeOf(zhCNModule),
  'en-US': localeOf(enUSModule),
};

function ErrorUiBinder() {
  const api = App.useApp();
  useEffect(() => requestErrorConfig.bindUi(api), [api]);
  return null;
}

export default function AppRoot() {
  const { lang } = useI18n();
  const [router] = useState(createRouter);

  useEffect(() => {
    dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <ConfigProvider
      locale={antdLocales[lang]}
      componentSize="middle"
      theme={{
        token: { colorPrimary: '#1f5fbf', borderRadius: 4, motion: !REDUCED_MOTION },
        components: { Table: { cellPaddingBlock: 8 } },
      }}
    >
      <App>
        <ErrorUiBinder />
        <CurrentUserProvider>
          <RouterProvider router={router} />
        </CurrentUserProvider>
      </App>
    </ConfigProvider>
  );
}
