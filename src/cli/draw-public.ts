// `shuangsui draw public BUNDLE.json`: the public view (DRAW.md §9) of an RDRAW-2 full bundle,
// made only when the bundle verifies: a view is never made from a draw that does not recompute.
import { jsonText } from '../domain/draw/json-text.ts';
import { publicViewOfDraw } from '../domain/draw/public-view.ts';
import type { CliOptions } from './draw.command.ts';
import { EXIT_INVALID, reportError } from './draw.command.ts';
import { EXIT_MISMATCH, recomputeBundle } from './verify.command.ts';

export async function printPublicView(options: CliOptions): Promise<number> {
  const checked = await recomputeBundle(options);
  if (!checked.ok) return checked.exit;
  const { draw, mismatches } = checked;
  if (mismatches.length > 0 || !draw) {
    reportError(
      {
        name: 'bundle-mismatch',
        message: `结果包校验不一致（${mismatches.length} 处），不生成公开视图；请先运行 shuangsui verify 查看`,
        detail: { mismatches: mismatches.length },
      },
      options.json,
    );
    return EXIT_MISMATCH;
  }
  const view = publicViewOfDraw(draw);
  if (!view) {
    reportError(
      {
        name: 'invalid-input',
        message: 'RDRAW-1 结果包没有私有分层，没有公开视图：公开视图只属于 RDRAW-2',
        detail: { version: 'RDRAW-1' },
      },
      options.json,
    );
    return EXIT_INVALID;
  }
  process.stdout.write(`${jsonText(view)}\n`);
  return 0;
}
