/// <reference lib="dom" />
import type { MultiUndirectedGraph as Graph } from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';

export interface Renderer {
  /** Redraws after the graph changed. */
  refresh(): void;
  kill(): void;
}

/** Above this many links, edges are not pickable (clicks open links from the table view). */
const EDGE_EVENTS_MAX = 2_000;
/** Above this many links, edges and labels are not drawn while the view moves. */
const HIDE_ON_MOVE_FROM = 1_000;

/**
 * Sigma's settings for a graph of this size. Small networks (a person's strongest 25, the
 * usual view) are drawn whole at all times. Large ones trade detail for frame rate, measured
 * by bench/explorerFps.ts: no edges or labels while dragging or zooming, labels only for bigger
 * nodes, and no edge picking (each pickable edge is drawn a second time into sigma's picking
 * buffer on every frame). Only path hops carry a drawn label (see pathOverlay.ts).
 */
export function sigmaSettings(nodes: number, edges: number): Partial<Settings> {
  const large = edges > HIDE_ON_MOVE_FROM || nodes > HIDE_ON_MOVE_FROM;
  return {
    enableEdgeEvents: edges <= EDGE_EVENTS_MAX,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelRenderedSizeThreshold: large ? 10 : 6,
    renderEdgeLabels: true,
    edgeReducer: (_e, a) => (a.side === 'path' ? a : { ...a, label: null }),
    nodeReducer: (_n, a) => (a.highlighted ? { ...a, forceLabel: true, zIndex: 1 } : a),
    zIndex: true,
  };
}

/**
 * The share of the device's pixel ratio the canvases get: half above HIDE_ON_MOVE_FROM, i.e. a
 * quarter of the pixels to fill on every frame. Without a GPU (software WebGL) filling pixels
 * is most of a frame's work; bench/explorerFps.ts measures it ("sized" against "now").
 */
export function pixelRatioShare(nodes: number, edges: number): number {
  return edges > HIDE_ON_MOVE_FROM || nodes > HIDE_ON_MOVE_FROM ? 0.5 : 1;
}

// Sigma 3 has no pixel-ratio setting: it reads window.devicePixelRatio on every resize. So the
// explorer scales that (an own accessor of window in Chromium and Firefox; elsewhere it is left
// alone), keeping the real value live, so a move to another screen still counts.
const DEVICE_RATIO = typeof window === 'undefined' ? undefined : Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');

/** Makes window.devicePixelRatio the device's own times `share` (1: the device's own). */
export function scalePixelRatio(share: number): void {
  const get = DEVICE_RATIO?.get;
  if (!DEVICE_RATIO || !get) return;
  Object.defineProperty(window, 'devicePixelRatio', { ...DEVICE_RATIO, get: share === 1 ? get : () => (get.call(window) as number) * share });
}

/**
 * Draws the graph with sigma (WebGL) in the container; clicking a person or a link calls
 * `open` with its panel name. Without WebGL it says so, and the table view still works.
 */
export function render(container: HTMLElement, g: Graph, open: (panel: string) => void): Renderer {
  try {
    scalePixelRatio(pixelRatioShare(g.order, g.size));
    const sigma = new Sigma(g, container, sigmaSettings(g.order, g.size));
    sigma.on('clickNode', ({ node }) => {
      const kind = g.getNodeAttribute(node, 'kind');
      if (kind === undefined || kind === 'Person') open(`profile:${node}`); // events/organisations on a path have no profile
    });
    sigma.on('clickEdge', ({ edge }) => {
      const side = g.getEdgeAttribute(edge, 'side');
      if (side === 'path') return; // the path panel is already open
      open(side === 'opponent' ? `profile:${g.target(edge)}` : `edge:${g.source(edge)}|${g.target(edge)}`);
    });
    return { refresh: () => sigma.refresh(), kill: () => sigma.kill() };
  } catch (e) {
    container.textContent = `This browser cannot draw the network with WebGL (${(e as Error).message}); the table view shows the same network.`;
    return { refresh: () => {}, kill: () => {} };
  }
}
