import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { exampleOperations } from './exampleOperations.js';

/** Returns the self-contained GraphiQL page (no CDN: scripts and styles are inlined). */
export function graphiqlPage(endpoint: string): string {
  return renderGraphiQL({
    endpoint,
    title: 'campaign-graph',
    defaultQuery: exampleOperations,
    method: 'POST',
  });
}
