// Content that exists only on paper: rendered outside the app, shown by `@media print` (global.css).
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

export default function PrintPortal({ children }: { readonly children: ReactNode }) {
  return createPortal(<div className="print-root">{children}</div>, document.body);
}
