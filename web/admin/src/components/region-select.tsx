// Region picker for directories: the districts of 巴彦淖尔市 (150800), each expandable to its own subdivisions.
import { TreeSelect } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { useI18n } from '../locales/use-i18n.ts';
import { fetchRegions } from '../services/regions.ts';
import type { Region } from '../services/types.ts';

const CITY = '150800';
const HOME_DISTRICT: Region = { code: '150802', name: '临河区' };

interface RegionNode {
  readonly id: string;
  readonly pId?: string;
  readonly value: string;
  readonly title: string;
  readonly isLeaf?: boolean;
}

const toNode = (region: Region, parent?: string): RegionNode => ({
  id: region.code,
  pId: parent,
  value: region.code,
  title: `${region.name}（${region.code}）`,
});

interface RegionSelectProps {
  readonly value?: string;
  readonly onChange?: (value: string | undefined) => void;
  readonly placeholder?: string;
  readonly style?: CSSProperties;
}

export default function RegionSelect({ value, onChange, placeholder, style }: RegionSelectProps) {
  const { t } = useI18n();
  const [nodes, setNodes] = useState<readonly RegionNode[]>([toNode(HOME_DISTRICT)]);

  useEffect(() => {
    // The home district is always offered, even when the region list cannot be loaded.
    fetchRegions(CITY).then(
      (regions) => {
        const list = regions.some((region) => region.code === HOME_DISTRICT.code)
          ? regions
          : [HOME_DISTRICT, ...regions];
        setNodes(list.map((region) => toNode(region)));
      },
      () => undefined,
    );
  }, []);

  const loadChildren = async (parent: string) => {
    const children = await fetchRegions(parent).catch(() => []);
    setNodes((current) => [
      ...current.map((node) =>
        node.id === parent && children.length === 0 ? { ...node, isLeaf: true } : node,
      ),
      ...children
        .filter((child) => !current.some((node) => node.id === child.code))
        .map((c) => toNode(c, parent)),
    ]);
  };

  return (
    <TreeSelect
      allowClear
      showSearch
      treeDataSimpleMode
      treeData={nodes.map((node) => ({ ...node }))}
      loadData={({ value: code }) => loadChildren(String(code))}
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      placeholder={placeholder ?? t('common.region')}
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      style={{ minWidth: 180, ...style }}
    />
  );
}
