// 抽查计划: approved plans with their rounds and sampling groups (never an entity's risk class, R-N.2).
import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { getJson, type PublicPlan } from '../api.ts';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';

export default function PlansPage() {
  const state = useLoad(() => getJson<{ plans: PublicPlan[] }>('/api/public/plans').then((r) => r.plans), []);
  return (
    <StatusView state={state} isEmpty={(plans) => plans.length === 0}>
      {(plans) => (
        <Flex vertical gap={12}>
          <Alert
            type="info"
            showIcon
            title="抽查比例怎么读"
            description="检查对象按信用风险分类确定抽查分组（G1、G2……），每组按计划确定的比例随机抽取；所有分组都参加抽取，没有免检对象。分组名称不公开其对应的信用风险等级，也不公开每个检查对象所在的分组。分组名称带地区代码的（如 G2-150802），只适用于该地区。"
          />
          {plans.map((plan) => (
            <Card key={plan.code} size="small" title={plan.name} extra={<Tag>{plan.year} 年</Tag>}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="计划编号">{plan.code}</Descriptions.Item>
                <Descriptions.Item label="牵头单位">{plan.unitName}</Descriptions.Item>
                <Descriptions.Item label="抽查事项">
                  {plan.items.map((i) => `${i.code} ${i.name}`).join('；')}
                </Descriptions.Item>
                <Descriptions.Item label="抽查轮次">
                  {plan.rounds.map((r) => `第 ${r.round} 轮 ${r.from} 至 ${r.to}`).join('；')}
                </Descriptions.Item>
                <Descriptions.Item label="各分组抽查比例">
                  {plan.rates.map((r) => `${r.group} 组 ${r.percent}%`).join('；')}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          ))}
        </Flex>
      )}
    </StatusView>
  );
}
