// ECharts wrappers. Tooltips draw on the canvas (renderMode richText): no HTML is built from data.

const charts = new Set();
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

const WEIGHED = ['confirmed', 'reported', 'disputed', 'alleged'];
const COOP = { confirmed: '#1f5f9e', reported: '#4f8fd0', disputed: '#8fb8e3', alleged: '#c5dbf1' };
const CONFLICT = { confirmed: '#a3261d', reported: '#d4533f', disputed: '#ec9585', alleged: '#f6c9c0' };

function make(el, option) {
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({ textStyle: { fontFamily: 'inherit' }, animation: false, ...option });
  charts.add(chart);
  return chart;
}

/** Forget charts whose elements left the page. */
export function prune() {
  for (const c of charts) {
    if (!document.body.contains(c.getDom())) {
      c.dispose();
      charts.delete(c);
    }
  }
}

/**
 * The timeline: weighted cooperation up and conflict down, each stacked by claim status, with a
 * brush (data zoom) whose range is handed to onRange(startDay, endDay).
 */
export function timeline(el, t, onRange) {
  const periods = t.periods;
  const labels = periods.map((p) => p.period);
  const series = [];
  for (const s of WEIGHED) {
    series.push({
      name: 'cooperation · ' + s, type: 'bar', stack: 'coop', itemStyle: { color: COOP[s] },
      data: periods.map((p) => p.cooperation_by_status?.[s] ?? 0), barMaxWidth: 28,
    });
  }
  for (const s of WEIGHED) {
    series.push({
      name: 'conflict · ' + s, type: 'bar', stack: 'conflict', itemStyle: { color: CONFLICT[s] },
      data: periods.map((p) => -(p.conflict_by_status?.[s] ?? 0)), barMaxWidth: 28,
    });
  }
  series.push({
    name: 'claims', type: 'line', yAxisIndex: 1, symbolSize: 5, smooth: false,
    lineStyle: { width: 1.5, color: '#374151' }, itemStyle: { color: '#374151' },
    data: periods.map((p) => p.claims),
  });
  const chart = make(el, {
    grid: { left: 48, right: 44, top: 40, bottom: 64 },
    legend: { top: 0, type: 'scroll', textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => (typeof v === 'number' ? Math.abs(v).toFixed(2) : v) },
    xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 11 } },
    yAxis: [
      { type: 'value', name: 'weight', nameTextStyle: { fontSize: 11 }, axisLabel: { formatter: (v) => Math.abs(v) } },
      { type: 'value', name: 'claims', minInterval: 1, splitLine: { show: false }, nameTextStyle: { fontSize: 11 } },
    ],
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    series,
  });
  let timer = null;
  chart.on('datazoom', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const opt = chart.getOption();
      const z = opt.dataZoom[0];
      const a = Math.max(0, Math.round((z.start / 100) * (labels.length - 1)));
      const b = Math.min(labels.length - 1, Math.round((z.end / 100) * (labels.length - 1)));
      if (a === 0 && b === labels.length - 1) return;
      onRange(periods[a].start, periods[b].end);
    }, 350);
  });
  return chart;
}

/** A sparkline of the balance (-1 conflict … +1 cooperation) per period, as bars from 0. */
export function sparkline(el, periods) {
  const data = periods.map((p) => ({
    value: p.balance === null ? 0 : p.balance,
    itemStyle: { color: p.balance === null ? '#d1d5db' : p.balance >= 0 ? '#3b74b3' : '#c2412d' },
  }));
  return make(el, {
    grid: { left: 1, right: 1, top: 2, bottom: 2 },
    xAxis: { type: 'category', show: false, data: periods.map((p) => p.period) },
    yAxis: { type: 'value', show: false, min: -1, max: 1 },
    series: [{
      type: 'bar', data, barMaxWidth: 10, barMinHeight: 1, silent: true,
      markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#d1d5db', type: 'solid', width: 1 }, data: [{ yAxis: 0 }] },
    }],
  });
}

let mapReady = null;

/** The world map of actor activity; onPick(code) when a country is clicked. */
export async function worldMap(el, actors, onPick) {
  if (!mapReady) {
    mapReady = fetch('vendor/world-110m.geo.json').then((r) => r.json()).then((geo) => echarts.registerMap('world', geo));
  }
  await mapReady;
  const data = actors.filter((a) => /^[A-Z]{3}$/.test(a.code)).map((a) => ({ name: a.code, value: a.claims, label: a.name }));
  const max = Math.max(1, ...data.map((d) => d.value));
  const chart = make(el, {
    tooltip: {
      trigger: 'item', renderMode: 'richText',
      formatter: (p) => (p.data ? `${p.data.label} (${p.name}): ${p.data.value} claims` : `${p.name}: no claims`),
    },
    visualMap: {
      min: 0, max, left: 8, bottom: 8, calculable: false, itemHeight: 90, itemWidth: 10,
      text: ['more claims', ''], textStyle: { fontSize: 10 }, inRange: { color: ['#e0e7ef', '#5b87b8', '#1f3f66'] },
    },
    series: [{
      type: 'map', map: 'world', roam: true, top: 10, bottom: 10, left: 10, right: 10,
      itemStyle: { areaColor: '#f3f4f6', borderColor: '#c7ccd4', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2b84b' } },
      select: { disabled: true }, data,
    }],
  });
  chart.on('click', (p) => p.name && onPick(p.name));
  return chart;
}
