// A record's wide tables on a phone: they scroll inside their card at a readable width, so the page keeps
// the screen's width; on a desktop and in print they wrap at the page's width.
import { Grid } from 'antd';

export function usePhoneScroll(x: number): { x: number } | undefined {
  return Grid.useBreakpoint().md === false ? { x } : undefined;
}
