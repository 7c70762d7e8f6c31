/// <reference lib="dom" />
import type { MultiUndirectedGraph as Graph } from 'graphology';

// The current view as files: GraphML (Gephi reads it), CSV (nodes, edges) and PNG.

const xml = (v: unknown) => String(v ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NODE_KEYS = ['label', 'side', 'ring', 'community'] as const;
const EDGE_KEYS = ['side', 'sharedCount', 'strength', 'firstDate', 'lastDate', 'unreviewed', 'relation', 'quotes'] as const;

/** GraphML of every drawn node and edge, with the attributes the explorer shows. */
export function toGraphML(g: Graph): string {
  const keys = [...NODE_KEYS.map((k) => `<key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`)];
  const nodes = g.mapNodes((n, a) => `<node id="${xml(n)}">${NODE_KEYS.map((k) => (a[k] === undefined ? '' : `<data key="${k}">${xml(a[k])}</data>`)).join('')}</node>`);
  const edges = g.mapEdges((e, a, s, t) => `<edge id="${xml(e)}" source="${xml(s)}" target="${xml(t)}">${EDGE_KEYS.map((k) => (a[k] === undefined || a[k] === null ? '' : `<data key="e_${k}">${xml(a[k])}</data>`)).join('')}</edge>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.join('\n')}\n<graph edgedefault="undirected">\n${nodes.join('\n')}\n${edges.join('\n')}\n</graph>\n</graphml>\n`;
}

const csv = (v: unknown) => { const s = String(v ?? ''); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

/** Two CSV files' text: one row per node, one per edge. */
export function toCsv(g: Graph): { nodes: string; edges: string } {
  const nodes = ['id,label,side,ring,community', ...g.mapNodes((n, a) => [n, a.label, a.side, a.ring, a.community].map(csv).join(','))];
  const edges = ['source,target,side,sharedCount,strength,firstDate,lastDate,unreviewed', ...g.mapEdges((_e, a, s, t) => [s, t, a.side, a.sharedCount, a.strength, a.firstDate, a.lastDate, a.unreviewed].map(csv).join(','))];
  return { nodes: `${nodes.join('\n')}\n`, edges: `${edges.join('\n')}\n` };
}

/** A PNG of the view, drawn on a 2D canvas from the layout (WebGL buffers are not readable). */
export function toPng(g: Graph, size = 1200): Promise<Blob> {
  const canvas = el2d(size);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw a 2D canvas.'));
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  const xs = g.mapNodes((_n, a) => a.x as number), ys = g.mapNodes((_n, a) => a.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sc = (size - 160) / Math.max(maxX - minX, maxY - minY, 1e-9);
  const px = (a: { x: number; y: number }) => [80 + (a.x - minX) * sc, size - 80 - (a.y - minY) * sc] as const;
  g.forEachEdge((_e, a, _s, _t, sa, ta) => {
    const [x1, y1] = px(sa as never), [x2, y2] = px(ta as never);
    ctx.strokeStyle = a.color; ctx.lineWidth = a.size; ctx.setLineDash(a.side === 'opponent' ? [8, 6] : a.draft ? [3, 4] : []);
    ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke();
  });
  ctx.setLineDash([]);
  ctx.font = '13px sans-serif';
  g.forEachNode((_n, a) => {
    const [x, y] = px(a as never);
    ctx.fillStyle = a.color; ctx.beginPath(); ctx.arc(x, y, a.size, 0, 2 * Math.PI); ctx.fill();
    ctx.fillStyle = '#222'; ctx.fillText(a.label, x + a.size + 2, y + 4);
  });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'));
}

function el2d(size: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = size; c.height = size;
  return c;
}

/** Offers text or a blob as a download with this file name. */
export function download(name: string, content: string | Blob, type = 'text/plain'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
