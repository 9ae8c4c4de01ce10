// antd's provider (locale, theme), loaded only by pages built with antd: the results page, the first one
// most visitors see, is plain HTML and does not wait for it.
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import * as zhCNModule from 'antd/es/locale/zh_CN.js';
import type { ReactNode } from 'react';

// antd types its locale files as CommonJS under NodeNext while Vite loads them as ES modules: accept both shapes.
const zhCNValue = zhCNModule.default as Locale | { readonly default: Locale };
const zhCN: Locale = 'locale' in zhCNValue ? zhCNValue : zhCNValue.default;

export default function AntdShell({ children }: { readonly children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b71c1c' } }}>
      {children}
    </ConfigProvider>
  );
}
