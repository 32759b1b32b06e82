// The ECharts the app serves: only the chart types and components it uses (bar and line
// charts with grid, tooltip, legend and axis pointer, drawn on canvas). Bundled by
// scripts/setup with esbuild into .cache/echarts/echarts.min.js, which trunk copies into the
// app. charming calls the global `echarts.init`.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  AxisPointerComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  AxisPointerComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
