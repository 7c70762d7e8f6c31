import type { Params, Row } from '../graph/database.js';
import { cypherStatement } from './cypherScripts.js';

/** Event roles that put a person on the platform (weight 1.0); other roles weigh 0.5. */
export const PLATFORM_ROLES = ['speaker', 'chair', 'host', 'organiser', 'sponsor'];
/** Organisation kinds whose members campaign together. */
export const CAMPAIGN_KINDS = ['campaign', 'alliance', 'slate', 'parliamentary-group'];
/** Activities with more people than this are not expanded into pairs (see cypher/derive/020). */
export const MAX_PAIRWISE = 1000;

/**
 * The relationship types the derivation writes (it also writes the Candidacy nodes): none has
 * `doc`, `quotes` or `key`; their evidence is the links they were derived from.
 */
export const DERIVED_TYPES = ['SHARED_ACTIVITY', 'CAMPAIGNED_WITH', 'STOOD_AGAINST', 'STOOD_AS', 'ON_BALLOT', 'ON_BEHALF_OF', 'BACKED_CANDIDACY'] as const;

export type Run = (query: string, params?: Params) => Promise<Row[]>;

/**
 * The activities a scoped derivation re-derives: event, statement, election (or election group)
 * and organisation ids, for a backing without an election the backed person's id, and for
 * co-backers what they backed, as SHARED_ACTIVITY.activity names them. A ballot's id stands for its group too.
 */
export interface DeriveScope { activityIds: string[] }

/** One step of the derivation: which runs it belongs to, and the batch size it commits by. */
export interface DeriveStep { file: string; full: boolean; scoped: boolean; per: 'activitiesPerTx' | 'txRows' }

/** The one derivation, in order. Each file is one statement ending with its per-row CALL. */
export const DERIVE_STEPS: readonly DeriveStep[] = [
  { file: 'derive/007-clear-candidacies.cypher', full: true, scoped: false, per: 'txRows' },
  { file: 'derive/008-clear-scope-candidacies.cypher', full: false, scoped: true, per: 'txRows' },
  { file: 'derive/009-candidacies.cypher', full: true, scoped: true, per: 'txRows' },
  { file: 'derive/010-clear.cypher', full: true, scoped: false, per: 'txRows' },
  { file: 'derive/015-clear-scope.cypher', full: false, scoped: true, per: 'txRows' },
  { file: 'derive/017-clear-scope-stood-against.cypher', full: false, scoped: true, per: 'txRows' },
  { file: 'derive/020-events.cypher', full: true, scoped: true, per: 'activitiesPerTx' },
  { file: 'derive/025-slates.cypher', full: true, scoped: true, per: 'activitiesPerTx' },
  { file: 'derive/027-statements.cypher', full: true, scoped: true, per: 'activitiesPerTx' },
  { file: 'derive/030-backing.cypher', full: true, scoped: true, per: 'txRows' },
  { file: 'derive/035-co-backers.cypher', full: true, scoped: true, per: 'activitiesPerTx' },
  { file: 'derive/040-campaign-members.cypher', full: true, scoped: true, per: 'activitiesPerTx' },
  { file: 'derive/050-summary.cypher', full: true, scoped: true, per: 'txRows' },
  { file: 'derive/060-stood-against.cypher', full: true, scoped: true, per: 'activitiesPerTx' },
];

export interface DeriveOptions { maxPairwise?: number }

/** The parameters every step reads; a full derivation has a null scope. */
export function deriveParams(maxPairwise = MAX_PAIRWISE): Params {
  return { platformRoles: PLATFORM_ROLES, campaignKinds: CAMPAIGN_KINDS, maxPairwise, scope: null, people: [], candidates: [] };
}

/**
 * Recomputes the Candidacy nodes, SHARED_ACTIVITY, CAMPAIGNED_WITH and STOOD_AGAINST from the
 * evidenced links, in the caller's transaction (`run`). Without `scope`, everything is cleared and derived again. With it, only
 * the entries of the scoped activities are removed and derived again, and only the pairs of the
 * people linked to them re-summarised: after loading one document, a scoped derivation over the
 * activities its facts touch (documentActivities) gives the same graph as a full one
 * (tests/integration/scopedDerivation.int.test.ts). Idempotent either way.
 */
export async function deriveCampaignedWith(run: Run, scope?: DeriveScope, o: DeriveOptions = {}): Promise<void> {
  const params = deriveParams(o.maxPairwise);
  if (scope) {
    if (scope.activityIds.length === 0) return;
    const [row] = await run(cypherStatement('derive/005-scope.cypher'), { scope: [...new Set(scope.activityIds)] });
    Object.assign(params, { scope: row!.scope, people: row!.people, candidates: row!.candidates });
  }
  for (const step of DERIVE_STEPS) {
    if (scope ? step.scoped : step.full) await run(cypherStatement(step.file), params);
  }
}

/**
 * The scope to re-derive after loading (or re-loading) one document: the activities its facts
 * touch (cypher/derive/000-document-activities.cypher). `doc` is the Document node id.
 */
export async function documentActivities(run: Run, doc: string): Promise<DeriveScope> {
  const [row] = await run(cypherStatement('derive/000-document-activities.cypher'), { doc });
  return { activityIds: (row?.ids as string[] | undefined) ?? [] };
}
