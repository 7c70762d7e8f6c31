/// <reference lib="dom" />
import type { MultiUndirectedGraph as Graph } from 'graphology';
import Sigma from 'sigma';

export interface Renderer {
  /** Redraws after the graph changed. */
  refresh(): void;
  kill(): void;
}

/**
 * Draws the graph with sigma (WebGL) in the container; clicking a person or a link calls
 * `open` with its panel name. Without WebGL it says so, and the table view still works.
 */
export function render(container: HTMLElement, g: Graph, open: (panel: string) => void): Renderer {
  try {
    const sigma = new Sigma(g, container, { enableEdgeEvents: true, renderEdgeLabels: false, labelRenderedSizeThreshold: 6 });
    sigma.on('clickNode', ({ node }) => open(`profile:${node}`));
    sigma.on('clickEdge', ({ edge }) => {
      const side = g.getEdgeAttribute(edge, 'side');
      open(side === 'opponent' ? `profile:${g.target(edge)}` : `edge:${g.source(edge)}|${g.target(edge)}`);
    });
    return { refresh: () => sigma.refresh(), kill: () => sigma.kill() };
  } catch (e) {
    container.textContent = `This browser cannot draw the network with WebGL (${(e as Error).message}); the table view shows the same network.`;
    return { refresh: () => {}, kill: () => {} };
  }
}
