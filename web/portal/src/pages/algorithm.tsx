// 抽取算法: RDRAW-2 in plain Chinese for citizens (the normative text is docs/draw-spec.md).
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import './draw/draw.css';
import LogCheckpointCard from './log-checkpoint.tsx';

const { Paragraph, Title } = Typography;

const STEPS: readonly { title: string; text: readonly string[] }[] = [
  {
    title: '一、先固定全部输入',
    text: [
      '抽取前，平台把本次抽取的方案（抽查事项、各分组的抽查比例、检查组人数、每名检查人员最多承担的检查数）、参加抽取的全部对象名录和检查人员名录冻结下来，各算出一个“摘要”（一串 64 位的十六进制数，内容改动一个字，摘要就完全不同）。',
      '平台还为每个分组生成一个保密的随机“盐值”，只公布它的承诺（盐值的摘要）。这些摘要在任何人提供随机数之前就公告，之后不能再改。',
    ],
  },
  {
    title: '二、见证人先承诺随机数',
    text: [
      '平台（系统）、监督人和到场的见证人各自准备一个保密的随机数，先只公布它的“承诺”（随机数的摘要）。承诺公布后，谁也不能再换随机数，也没有人能提前知道别人的随机数。',
    ],
  },
  {
    title: '三、揭示随机数，算出种子',
    text: [
      '所有见证人都揭示随机数后，任何人都能核对每个随机数与其承诺是否相符。随机种子由方案、名录、检查人员、分层的摘要和全部随机数共同算出：只要有一位见证人的随机数是真正随机的，任何一方（包括平台）都无法预先操纵结果。',
      '有见证人不揭示，抽取就中止并公布原因；不存在“重抽”，再次抽取要用新的编号和新的承诺。',
    ],
  },
  {
    title: '四、每个分组按排序抽取',
    text: [
      '在每个分组内，每个可以参加抽取的对象由种子、该分组的盐值和对象编号（统一社会信用代码）算出一个排序值；按排序值从小到大，排在最前面的对象被抽中，其后的若干个作为递补名单。',
      '每个分组抽取的数量按方案的比例计算并向上取整：例如 2% 的 149 个对象应抽 3 个，非空的分组至少抽 1 个。所有分组都参加抽取，没有免检对象。',
    ],
  },
  {
    title: '五、为每个抽中对象随机组成检查组',
    text: [
      '检查人员的排序同样由种子算出，按顺序为每个抽中对象选出规定人数的检查人员，跳过与该对象有回避关系的人员，每人承担的检查数不超过方案规定的上限。',
    ],
  },
  {
    title: '六、签名确认，公开结果',
    text: [
      '抽取人、监督人和见证人对一份“声明”签名，声明包含上述全部摘要和结果的摘要。确认后，平台公布本次抽取的公开视图：各分组的可抽数、抽取数和盐值承诺，抽中名单和检查组，以及签名。',
      '确有原因需要替换抽中对象时，按递补名单顺序替换，并经审批；公开的只是替换次数和原因类别，因为公开成对的替换对象会暴露它们属于同一分组。',
    ],
  },
];

export default function AlgorithmPage() {
  return (
    <Flex vertical gap={12} className="algorithm-page">
      <Card size="small">
        <Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
          抽取算法（RDRAW-2）
        </Title>
        <Paragraph>
          “双随机”抽取使用公开的算法：同样的输入，任何人、任何时候算出的结果都相同。下面用通俗的语言说明每一步；
          可以在每次抽取的页面上点击“核验本次抽取”，由您的浏览器自己重算一遍。
        </Paragraph>
      </Card>
      {STEPS.map((step) => (
        <Card key={step.title} size="small">
          <h2>{step.title}</h2>
          {step.text.map((p) => (
            <Paragraph key={p} style={{ marginBottom: 8 }}>
              {p}
            </Paragraph>
          ))}
        </Card>
      ))}
      <Card size="small">
        <h2>公众能核验什么</h2>
        <ul>
          <li>每位见证人揭示的随机数与事先公布的承诺相符，种子由全部随机数共同决定；</li>
          <li>方案、分层的摘要与抽取前公告的一致；</li>
          <li>每个分组的抽取数符合方案的比例，合计等于抽中名单的人数；</li>
          <li>每个抽中对象有一个人数符合方案的检查组，没有人超过工作量上限；</li>
          <li>签名人签署的声明正是由公开内容重建的声明——公布的名单被改动，签名就对不上。</li>
        </ul>
        <h2>需要完整数据包才能核验什么</h2>
        <Paragraph>
          每个对象属于哪个分组（对应信用风险分类，依规不公开）、哪些对象因注销、定向检查等原因不参加抽取、递补名单和回避关系，都不公开。
          本次抽取的见证人、本单位和上级监督机关、审计人员或法院持有含各分组盐值的完整数据包，可以重算每个对象的排序和整个结果，并核对它与公开视图一致。
        </Paragraph>
        <Paragraph style={{ marginBottom: 0 }}>
          <Link to="/draws">查看抽取结果并核验</Link> · <Link to="/verify">核验手中的文件</Link>
        </Paragraph>
      </Card>
      <LogCheckpointCard />
    </Flex>
  );
}
