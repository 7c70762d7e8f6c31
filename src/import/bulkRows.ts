import type { ResolvedCorpus } from '../extraction/resolveCorpus.js';
import { ENTITY_TYPES, LINK_TYPES } from '../extraction/vocabulary.js';
import type { BulkCsvWriter } from './bulkCsvFiles.js';
import { documentParams, entityParams, linkParams, mentionParams } from './importRows.js';

/**
 * Writes a corpus as bulk-import rows, from the same parameter rows the MERGE import sends
 * (importRows.ts), with the same outcome as cypher/load/010–040 on an empty database:
 * - a document is (:Entity:Document) with its props, `aliases: []` and `aliasText: ''`;
 * - an entity is (:Entity) plus its kind label when the kind is in ENTITY_TYPES;
 * - MENTIONS is one per (document, entity), links one per (type, ends, key): a later row
 *   replaces an earlier one, as MERGE … SET does;
 * - a relationship whose end is not a node of the load is left out, as MATCH leaves it out.
 * Several corpora (shards) may be written in turn. A node id seen again (an entity declared in
 * several shards) ends as MERGE leaves it: the later row's properties (SET n = …; a document's
 * SET d += … merges them), and every label either row gave (SET never removes one).
 */
export class BulkRows {
  private readonly nodes = new Map<string, { labels: Set<string>; props: Record<string, unknown> }>();
  private readonly rels = new Map<string, { type: string; from: string; to: string; props: Record<string, unknown> }>();

  constructor(private readonly out: BulkCsvWriter) {}

  addNodes(corpus: ResolvedCorpus): void {
    for (const d of corpus.documents) {
      const row = documentParams(d);
      this.node(row.id, ['Entity', 'Document'], { ...row.props, aliases: [], aliasText: '' }, true);
    }
    for (const e of corpus.entities) {
      const row = entityParams(e);
      const labels = (ENTITY_TYPES as readonly string[]).includes(row.type) ? ['Entity', row.type] : ['Entity'];
      this.node(row.id, labels, { ...row.props, name: row.name, aliases: row.aliases, misspellings: row.misspellings, aliasText: row.aliasText });
    }
  }

  /** Nodes and relationships are kept until `finish`, because a later shard may replace one. */
  addRelationships(corpus: ResolvedCorpus): void {
    for (const m of mentionParams(corpus.entities)) {
      const props = { doc: m.doc, quotes: m.quotes, starts: m.starts, ends: m.ends, reviewed: m.reviewed ? null : false };
      this.rels.set(`MENTIONS\u0000${m.doc}\u0000${m.entity}`, { type: 'MENTIONS', from: m.doc, to: m.entity, props });
    }
    for (const l of corpus.links) {
      if (!(LINK_TYPES as readonly string[]).includes(l.type)) throw new Error(`unknown link type ${JSON.stringify(l.type)}`);
      const row = linkParams(l);
      this.rels.set(`${l.type}\u0000${row.from}\u0000${row.to}\u0000${row.key}`, { type: l.type, from: row.from, to: row.to, props: { ...row.props, key: row.key } });
    }
  }

  /** Writes the nodes, then the relationships whose two ends are nodes of the load. */
  finish(): void {
    for (const [id, n] of this.nodes) this.out.node(id, [...n.labels], n.props);
    for (const r of this.rels.values()) {
      if (this.nodes.has(r.from) && this.nodes.has(r.to)) this.out.relationship(r.type, r.from, r.to, r.props);
    }
    this.nodes.clear();
    this.rels.clear();
  }

  private node(id: string, labels: string[], props: Record<string, unknown>, mergeProps = false): void {
    const seen = this.nodes.get(id);
    if (!seen) this.nodes.set(id, { labels: new Set(labels), props });
    else {
      for (const l of labels) seen.labels.add(l);
      seen.props = mergeProps ? { ...seen.props, ...props } : props;
    }
  }
}
