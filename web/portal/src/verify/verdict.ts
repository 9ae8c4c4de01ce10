// The verdict in plain Chinese, from the checks that ran.
import type { VerifyReport } from './report.ts';

export function verdictOf(report: VerifyReport): string {
  const passed = (id: string) => report.checks.find((c) => c.id === id)?.passed;
  if (!report.ok) {
    const failed = report.checks.filter((c) => c.passed === false).map((c) => c.title);
    return `核验未通过：${failed.join('；') || '可运行的检查太少'}`;
  }
  if (report.kind === 'bundle') {
    const view = passed('view') === true ? '，由它重算的公开视图与本页公布的一致' : '';
    const signed = passed('signatures') === true ? '，签名确认的正是这个结果' : '';
    return `完整核验通过：由数据包中的输入重算的抽取结果与数据包完全一致${view}${signed}`;
  }
  return passed('signatures') === true
    ? '核验通过：本次抽取的随机数由全部见证人共同决定，公布的抽中名单与签名确认的一致'
    : '核验通过：本次抽取的随机数由全部见证人共同决定，各层抽取数符合方案（未核对签名：本文件旁没有公布的签名）';
}
