import type { Params, Row } from '../graph/database.js';
import { cypherStatements } from './cypherScripts.js';

/** Event roles that put a person on the platform (weight 1.0); other roles weigh 0.5. */
export const PLATFORM_ROLES = ['speaker', 'chair', 'host', 'organiser', 'sponsor'];
/** Organisation kinds whose members campaign together. */
export const CAMPAIGN_KINDS = ['campaign', 'alliance', 'slate', 'parliamentary-group'];
/** Activities with more people than this are not expanded into pairs (see 020-shared-activities). */
export const MAX_PAIRWISE = 1000;

const FILES = [
  'derive/010-clear.cypher',
  'derive/020-shared-activities.cypher',
  'derive/030-backing.cypher',
  'derive/040-campaign-members.cypher',
  'derive/050-summary.cypher',
  'derive/060-stood-against.cypher',
];

/** Recomputes CAMPAIGNED_WITH and STOOD_AGAINST from the evidenced links (idempotent). */
export async function deriveCampaignedWith(run: (query: string, params?: Params) => Promise<Row[]>, maxPairwise = MAX_PAIRWISE): Promise<void> {
  const params = { platformRoles: PLATFORM_ROLES, campaignKinds: CAMPAIGN_KINDS, maxPairwise };
  for (const file of FILES) {
    for (const statement of cypherStatements(file)) await run(statement, params);
  }
}
