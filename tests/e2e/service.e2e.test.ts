import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/server/startService.js';
import { graphql, startTestService } from '../support/testService.js';

describe('the HTTP service', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.stop());

  it('answers /health and /ready', async () => {
    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${service.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers a GraphQL query read from Neo4j', async () => {
    const { status, body } = await graphql(service.url, '{ status { serverVersion edition nodeCount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect((body.data?.status as { serverVersion: string }).serverVersion).toMatch(/^5\.26\./);
  });

  it('serves a self-contained GraphiQL page that loads nothing from a CDN', async () => {
    const res = await fetch(`${service.url}/graphiql`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('campaign-graph');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  it('refuses a cross-site GET that could be a CSRF (Apollo csrfPrevention)', async () => {
    const res = await fetch(`${service.url}/graphql?query=${encodeURIComponent('{ status { edition } }')}`);
    expect(res.status).toBe(400);
  });
});
