import type { ResolvedCorpus } from '../extraction/resolveCorpus.js';
import { ENTITY_TYPES, LINK_TYPES } from '../extraction/vocabulary.js';
import type { BulkCsvWriter } from './bulkCsvFiles.js';
import { documentParams, entityParams, linkParams, mentionParams } from './importRows.js';

type Rel = { type: string; from: string; to: string; props: Record<string, unknown> };

/** A document id met in two shards: the streamed load cannot merge it after writing it. */
export class BulkDuplicateDocumentError extends Error {}

/**
 * Writes corpora (shards, in turn) as bulk-import rows, from the same parameter rows the MERGE
 * import sends (importRows.ts), with the same outcome as cypher/load/010–040 on an empty database:
 * - a document is (:Entity:Document) with its props, `aliases: []` and `aliasText: ''`;
 * - an entity is (:Entity) plus its kind label when the kind is in ENTITY_TYPES;
 * - MENTIONS is one per (document, entity), links one per (type, ends, key): a later row
 *   replaces an earlier one, as MERGE … SET does;
 * - a relationship whose end is not a node of the load is left out, as MATCH leaves it out.
 * Streamed so a 1M-person load fits: a shard's documents (their text is most of the bytes) and
 * relationships are written as the shard is added, and only entities are kept until `finish`.
 * That is exact because a relationship's key names its document (MENTIONS: the document; a
 * link's key starts with it), so no key recurs across shards while each document is in one shard
 * only, which is checked (BulkDuplicateDocumentError; a single loadCorpus never repeats one).
 * A relationship whose end is not known yet waits until `finish` (an entity of a later shard).
 * An entity seen again (declared in several shards) ends as MERGE leaves it: the later row's
 * properties (SET n = …), and every label either row gave (SET never removes one).
 */
export class BulkRows {
  private readonly documents = new Set<string>();
  private readonly entities = new Map<string, { labels: Set<string>; props: Record<string, unknown> }>();
  private pending: Rel[] = [];

  constructor(private readonly out: BulkCsvWriter) {}

  /** Writes the shard's documents and every relationship whose two ends are known by now. */
  add(corpus: ResolvedCorpus): void {
    for (const d of corpus.documents) {
      const row = documentParams(d);
      if (this.documents.has(row.id)) throw new BulkDuplicateDocumentError(`document ${row.id} is in more than one shard; the bulk load needs each document once`);
      this.documents.add(row.id);
      this.out.node(row.id, ['Entity', 'Document'], { ...row.props, aliases: [], aliasText: '' });
    }
    for (const e of corpus.entities) {
      const row = entityParams(e);
      const labels = (ENTITY_TYPES as readonly string[]).includes(row.type) ? ['Entity', row.type] : ['Entity'];
      const props = { ...row.props, name: row.name, aliases: row.aliases, misspellings: row.misspellings, aliasText: row.aliasText };
      const seen = this.entities.get(row.id);
      if (!seen) this.entities.set(row.id, { labels: new Set(labels), props });
      else (labels.forEach((l) => seen.labels.add(l)), (seen.props = props));
    }
    // Within a shard a later row replaces an earlier one with the same key, as MERGE … SET does.
    const rels = new Map<string, Rel>();
    for (const m of mentionParams(corpus.entities)) {
      const props = { doc: m.doc, quotes: m.quotes, starts: m.starts, ends: m.ends, reviewed: m.reviewed ? null : false };
      rels.set(`MENTIONS\u0000${m.doc}\u0000${m.entity}`, { type: 'MENTIONS', from: m.doc, to: m.entity, props });
    }
    for (const l of corpus.links) {
      if (!(LINK_TYPES as readonly string[]).includes(l.type)) throw new Error(`unknown link type ${JSON.stringify(l.type)}`);
      const row = linkParams(l);
      rels.set(`${l.type}\u0000${row.from}\u0000${row.to}\u0000${row.key}`, { type: l.type, from: row.from, to: row.to, props: { ...row.props, key: row.key } });
    }
    for (const r of rels.values()) {
      if (this.known(r.from) && this.known(r.to)) this.out.relationship(r.type, r.from, r.to, r.props);
      else this.pending.push(r);
    }
  }

  /** Writes the entities, then the waiting relationships whose two ends are nodes of the load. */
  finish(): void {
    for (const [id, n] of this.entities) this.out.node(id, [...n.labels], n.props);
    for (const r of this.pending) if (this.known(r.from) && this.known(r.to)) this.out.relationship(r.type, r.from, r.to, r.props);
    this.entities.clear();
    this.documents.clear();
    this.pending = [];
  }

  private known(id: string): boolean {
    return this.documents.has(id) || this.entities.has(id);
  }
}
