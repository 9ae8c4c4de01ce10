// ECharts options of the dashboard's figures; labels come translated, colours follow antd's palette.
import type { Translate } from '../../../locales/index.ts';
import type { Assessment } from '../../../services/types.ts';
import type { ChartOption } from './echart.tsx';

const RED = '#ff4d4f';
const GREEN = '#52c41a';
const BLUE = '#1677ff';
const GREY = '#bfbfbf';
const ORANGE = '#faad14';

const percent = (bp: number) => Math.round(bp) / 100;
const floorLine = (value: number, name: string) => ({
  silent: true,
  symbol: 'none',
  lineStyle: { color: RED, type: 'dashed' },
  label: { formatter: name, position: 'insideEndTop' },
  data: [{ yAxis: value }],
});
const grid = { left: 40, right: 16, top: 40, bottom: 40, containLabel: true };

/** Rounds drawn and planned per plan, against the floor of 2 rounds. */
export function roundsOption(a: Assessment, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: {
      type: 'category',
      data: a.plans.map((p) => p.code),
      axisLabel: { interval: 0, rotate: a.plans.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('assessment.roundsPlanned'),
        type: 'bar',
        data: a.plans.map((p) => p.roundsPlanned),
        itemStyle: { color: GREY },
      },
      {
        name: t('assessment.roundsDrawn'),
        type: 'bar',
        data: a.plans.map((p) => ({
          value: p.roundsDrawn,
          itemStyle: { color: p.flag === 'red' ? RED : BLUE },
        })),
        markLine: floorLine(a.floor.rounds, t('assessment.floorRounds', { n: a.floor.rounds })),
      },
    ],
  };
}

/** Ratio achieved and planned per plan in per cent, against the 2 % floor. */
export function ratioOption(a: Assessment, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)} %` },
    legend: { top: 0 },
    grid,
    xAxis: {
      type: 'category',
      data: a.plans.map((p) => p.code),
      axisLabel: { interval: 0, rotate: a.plans.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
    series: [
      {
        name: t('assessment.ratioPlanned'),
        type: 'bar',
        data: a.plans.map((p) => percent(p.plannedRateBp)),
        itemStyle: { color: GREY },
      },
      {
        name: t('assessment.ratioAchieved'),
        type: 'bar',
        data: a.plans.map((p) => ({
          value: percent(p.achievedBp),
          itemStyle: { color: p.meetsFloor ? GREEN : ORANGE },
        })),
        markLine: floorLine(
          percent(a.floor.rateBp),
          t('assessment.floorRate', { n: percent(a.floor.rateBp) }),
        ),
      },
    ],
  };
}

export function resultOption(a: Assessment): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: a.resultCodes.map((r) => ({ name: r.label, value: r.count })),
      },
    ],
  };
}

/** The order of the timeliness bars; the page maps each to its list filter. */
export const TIMELINESS_KEYS = ['onTime', 'late', 'overdue', 'pending'] as const;

export function timelinessOption(a: Assessment, t: Translate): ChartOption {
  const colours = { onTime: GREEN, late: ORANGE, overdue: RED, pending: BLUE };
  return {
    tooltip: { trigger: 'item' },
    grid,
    xAxis: {
      type: 'category',
      data: TIMELINESS_KEYS.map((k) => t(`assessment.timeliness.${k}`)),
      axisLabel: { interval: 0, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: TIMELINESS_KEYS.map((k) => ({ value: a.timeliness[k], itemStyle: { color: colours[k] } })),
      },
    ],
  };
}

export function workloadOption(a: Assessment, t: Translate): ChartOption {
  const rows = a.workload.slice(0, 15);
  return {
    tooltip: { trigger: 'axis' },
    grid: { ...grid, left: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((w) => `${w.name}（${w.badgeNumber}）`) },
    series: [
      {
        name: t('assessment.records'),
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: BLUE },
        data: rows.map((w) => w.records),
      },
    ],
  };
}

export function coverageOption(a: Assessment, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: a.coverage.map((c) => String(c.year)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', axisLabel: { formatter: '{value} %' } },
    ],
    series: [
      {
        name: t('assessment.directory'),
        type: 'bar',
        data: a.coverage.map((c) => c.directory),
        itemStyle: { color: GREY },
      },
      {
        name: t('assessment.inspected'),
        type: 'bar',
        data: a.coverage.map((c) => c.inspected),
        itemStyle: { color: BLUE },
      },
      {
        name: t('assessment.coverage'),
        type: 'line',
        yAxisIndex: 1,
        data: a.coverage.map((c) =>
          c.directory > 0 ? Math.round((c.inspected * 10_000) / c.directory) / 100 : 0,
        ),
        itemStyle: { color: GREEN },
      },
    ],
  };
}
