// The ECharts the app serves: only the chart types and components it uses (bar and line
// charts with grid, tooltip, a plain legend and axis pointer, drawn on canvas). No aria
// component: each chart's box carries its own role and label, and a table of its figures
// stands beside it; no scrolling legend: the legend wraps (chart/mod.rs leaves room for it). Bundled by
// scripts/setup with esbuild into .cache/echarts/echarts.min.js, which trunk copies into the
// app. charming calls the global `echarts.init`.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AxisPointerComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  AxisPointerComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
