// Charts through Chart.js, bundled at build time (nothing from a CDN).
import {
  BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { currentLang } from './i18n';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

const ink = '#1d3b53';
const accent = '#0b6e4f';

function locale() {
  return currentLang() === 'en' ? 'en-GB' : 'id-ID';
}

export function barChart(labels: string[], values: number[], label: string, max: number): HTMLElement {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const wrap = document.createElement('div');
  wrap.className = 'chart';
  wrap.style.height = `${Math.max(180, labels.length * 34)}px`;
  wrap.appendChild(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label, data: values, backgroundColor: accent, borderRadius: 3 }] },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      locale: locale(),
      scales: { x: { min: 0, max, ticks: { color: ink } }, y: { ticks: { color: ink, autoSkip: false } } },
      plugins: { tooltip: { enabled: true } },
    },
  });
  return wrap;
}

export function sparkline(values: (number | null)[], label: string): HTMLElement {
  const canvas = document.createElement('canvas');
  canvas.width = 120;
  canvas.height = 32;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const wrap = document.createElement('div');
  wrap.className = 'spark';
  wrap.appendChild(canvas);
  new Chart(canvas, {
    type: 'line',
    data: { labels: values.map((_, i) => String(i + 1)), datasets: [{ data: values, borderColor: accent, borderWidth: 2, pointRadius: 2, spanGaps: true }] },
    options: {
      responsive: false,
      animation: false,
      locale: locale(),
      scales: { x: { display: false }, y: { display: false, suggestedMin: 60, suggestedMax: 100 } },
      plugins: { tooltip: { enabled: false } },
    },
  });
  return wrap;
}
