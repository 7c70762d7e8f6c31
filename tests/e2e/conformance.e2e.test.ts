import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/server/startService.js';
import { SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { startTestService } from '../support/testService.js';

// The GraphQL-over-HTTP spec audits of graphql-http against /graphql. Every MUST has to pass.
// The audits ask only `{ __typename }`-like questions, so no corpus is imported for them.
//
// The SHOULD and MAY audits the service does not meet, by design:
// - "SHOULD use 200 ... when accepting application/json" on parse, validation and variable
//   errors: Apollo answers 400, which the spec allows and which lets clients tell a bad query
//   from a good one by status.
// - "MAY accept ... GET requests" without a preflight header: Apollo's CSRF prevention refuses a
//   GET that a browser could send cross-site (see createApp.ts).

const audits = serverAudits({ url: () => `${service.url}/graphql` });
let service: RunningService;

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  const results = new Map<string, AuditResult>();

  beforeAll(async () => {
    service = await startTestService({ ...SLOW_MACHINE_ENV });
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('has MUST audits to run', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(10);
  });

  for (const audit of audits) {
    const must = audit.name.startsWith('MUST');
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      results.set(audit.id, result);
      if (must) {
        const reason = result.status === 'ok' ? '' : `${result.reason}${result.response ? ` (HTTP ${result.response.status})` : ''}`;
        expect(result.status, reason).toBe('ok');
      }
    });
  }

  it('answers parse and validation failures with HTTP 400 for application/graphql-response+json (audits 556A, 74FF)', async () => {
    // Regression: graphql-armor's max-tokens plugin turned every syntax error into an HTTP 500.
    for (const id of ['556A', '74FF']) {
      const audit = audits.find((a) => a.id === id);
      expect(audit, id).toBeDefined();
      expect((results.get(id) ?? (await audit!.fn())).status, id).toBe('ok');
    }
  });
});
