import neo4j from 'neo4j-driver';
import { Database, toCypherParams, type Params, type Row } from '../src/graph/database.js';

/** A Database that remembers every read it sends, so the exact Cypher can be PROFILEd. */
export class RecordingDatabase extends Database {
  recorded: Array<{ query: string; params: Params }> = [];

  override read(query: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    this.recorded.push({ query, params });
    return super.read(query, params, timeoutMs);
  }
}

interface PlanNode { dbHits?: number; rows?: number; operatorType?: string; children?: PlanNode[] }

const totalHits = (p: PlanNode): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((s, c) => s + totalHits(c), 0);

export interface QueryProfile { dbHits: number; rows: number; ms: number; firstLine: string }

/** PROFILEs one query and returns its total db hits and result rows. */
export async function profileQuery(db: Database, query: string, params: Params): Promise<QueryProfile> {
  const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.READ });
  try {
    const t0 = performance.now();
    const result = await session.run(`PROFILE ${query}`, toCypherParams(params) as Params);
    const plan = result.summary.profile as unknown as PlanNode | false;
    return {
      dbHits: plan ? totalHits(plan) : 0,
      rows: result.records.length,
      ms: Math.round((performance.now() - t0) * 10) / 10,
      firstLine: query.trim().split('\n')[0]!.slice(0, 80),
    };
  } finally {
    await session.close();
  }
}

/** Runs `op` with a recording database, then PROFILEs each query it sent (second run: warm). */
export async function profileOperation(db: RecordingDatabase, op: (db: Database) => Promise<unknown>): Promise<{ dbHits: number; queries: QueryProfile[] }> {
  db.recorded = [];
  await op(db);
  const sent = db.recorded;
  db.recorded = [];
  const queries: QueryProfile[] = [];
  for (const q of sent) {
    await profileQuery(db, q.query, q.params);
    queries.push(await profileQuery(db, q.query, q.params));
  }
  return { dbHits: queries.reduce((s, q) => s + q.dbHits, 0), queries };
}
