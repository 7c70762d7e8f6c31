import type { Database } from '../src/graph/database.js';
import { Random } from './prng.js';
import { WINDOW, type OpParams, type OperationName } from './operations.js';

export interface DegreeStats {
  /**
   * Degree: every relationship of a person (evidenced links, mentions, derived pairs) except
   * SHARED_ACTIVITY, so a co-campaigner counts once (by CAMPAIGNED_WITH) however many activities
   * the pair shares, as before SHARED_ACTIVITY existed: the same people are sampled either way.
   */
  p50: number;
  p99: number;
  max: number;
  /** Co-campaigners (CAMPAIGNED_WITH relationships). */
  coCampaignersP50: number;
  coCampaignersP99: number;
  coCampaignersMax: number;
  people: number;
}

export interface Samples {
  degree: DegreeStats;
  /** People below the 99th percentile of degree with at least one co-campaigner. */
  people: string[];
  supernode: { id: string; coCampaigners: number; degree: number };
  params: Record<OperationName, OpParams[]>;
}

const num = (v: unknown): number => Number(v ?? 0);

/** A person's degree as DegreeStats defines it (`p` is the person's variable). */
const DEGREE = "COUNT { (p)-[r]-() WHERE type(r) <> 'SHARED_ACTIVITY' }";

function typo(word: string, r: Random): string {
  if (word.length < 5) return word;
  const i = r.int(1, word.length - 2);
  return word.slice(0, i) + word.slice(i + 1);
}

/** Picks deterministic inputs for every operation from the loaded graph. */
export async function sampleInputs(db: Database, seed: number, count: number): Promise<Samples> {
  const [d] = await db.read(`
MATCH (p:Person)
WITH ${DEGREE} AS degree, COUNT { (p)-[:CAMPAIGNED_WITH]-() } AS cw
RETURN count(*) AS people, percentileDisc(degree, 0.5) AS p50, percentileDisc(degree, 0.99) AS p99, max(degree) AS max,
       percentileDisc(cw, 0.5) AS cw50, percentileDisc(cw, 0.99) AS cw99, max(cw) AS cwMax`, {}, 600_000);
  const degree: DegreeStats = {
    people: num(d?.people), p50: num(d?.p50), p99: num(d?.p99), max: num(d?.max),
    coCampaignersP50: num(d?.cw50), coCampaignersP99: num(d?.cw99), coCampaignersMax: num(d?.cwMax),
  };
  const candidates = await db.read(`
MATCH (p:Person)
WHERE ${DEGREE} < $p99 AND EXISTS { (p)-[:CAMPAIGNED_WITH]-() }
RETURN p.id AS id, p.name AS name`, { p99: degree.p99 }, 600_000);
  candidates.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const r = new Random(seed, 'bench-samples');
  const picked: Array<{ id: string; name: string }> = [];
  const used = new Set<number>();
  while (picked.length < Math.min(count, candidates.length)) {
    const i = r.int(0, candidates.length - 1);
    if (used.has(i)) continue;
    used.add(i);
    picked.push({ id: String(candidates[i]!.id), name: String(candidates[i]!.name) });
  }
  const [top] = await db.read(`
MATCH (p:Person)
WITH p, COUNT { (p)-[:CAMPAIGNED_WITH]-() } AS cw ORDER BY cw DESC LIMIT 1
RETURN p.id AS id, cw, ${DEGREE} AS degree`, {}, 600_000);
  const supernode = { id: String(top?.id), coCampaigners: num(top?.cw), degree: num(top?.degree) };
  const elections = (await db.read('MATCH (e:Election) WHERE EXISTS { (e)<-[:STOOD_IN]-() } RETURN e.id AS id ORDER BY id', {}, 600_000)).map((x) => String(x.id));
  const electionPick = Array.from({ length: Math.min(count, elections.length) }, () => elections[r.int(0, elections.length - 1)]!);
  const searches = picked.map((p, i) => {
    const [first = '', surname = ''] = p.name.split(' ');
    switch (i % 4) {
      case 0: return p.name;
      case 1: return surname;
      case 2: return `${first} ${typo(surname, r)}`;
      default: return `${first} ${surname.slice(0, 5)}`;
    }
  });
  const people = picked.map((p) => p.id);
  const params: Record<OperationName, OpParams[]> = {
    search: searches.map((text) => ({ text })),
    campaignedWith: people.map((personId) => ({ personId })),
    campaignedWithWindow: people.map((personId) => ({ personId, ...WINDOW })),
    paths: people.map((personId, i) => ({ personId, otherId: people[(i + 1) % people.length]! })),
    profile: people.map((personId) => ({ personId })),
    election: electionPick.map((electionId) => ({ electionId })),
    campaignedWithSupernode: [{ personId: supernode.id }],
    profileSupernode: [{ personId: supernode.id }],
  };
  return { degree, people, supernode, params };
}
