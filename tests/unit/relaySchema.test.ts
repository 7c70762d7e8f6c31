import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema, getNamedType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLField,
  type GraphQLObjectType, type GraphQLOutputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';

// schema.graphql against the rules of the Relay server specification: global object
// identification (Node, node) and cursor connections (Connection, Edge, PageInfo, arguments).
// Each check lists what breaks it, so a failure names the type and field.

const schema = buildSchema(readFileSync(join(repoRoot, 'schema.graphql'), 'utf8'));
const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
const connectionTypes = objectTypes.filter((t) => t.name.endsWith('Connection'));
const typeString = (t: GraphQLOutputType): string => String(t);

/** Every field of every object type (Query included) whose type is a connection. */
const connectionFields: Array<{ where: string; field: GraphQLField<unknown, unknown> }> = objectTypes.flatMap((t) =>
  Object.values(t.getFields())
    .filter((f) => getNamedType(f.type).name.endsWith('Connection'))
    .map((field) => ({ where: `${t.name}.${field.name}`, field })));

describe('the schema follows the Relay server specification', () => {
  it('has a Node interface with exactly the field id: ID!', () => {
    const node = schema.getType('Node');
    expect(node && isInterfaceType(node)).toBe(true);
    if (!node || !isInterfaceType(node)) return;
    const fields = node.getFields();
    expect(Object.keys(fields)).toEqual(['id']);
    expect(typeString(fields.id!.type)).toBe('ID!');
  });

  it('has node(id: ID!): Node on Query, and nodes(ids: [ID!]!): [Node]!', () => {
    const query = schema.getQueryType()!.getFields();
    expect(typeString(query.node!.type)).toBe('Node');
    expect(query.node!.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['id: ID!']);
    expect(typeString(query.nodes!.type)).toBe('[Node]!');
    expect(query.nodes!.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['ids: [ID!]!']);
  });

  it('makes every type with an id: ID! a Node, every Entity included', () => {
    const withId = objectTypes.filter((t) => t.getFields().id && typeString(t.getFields().id!.type) === 'ID!');
    expect(withId.map((t) => t.name).sort()).toEqual(['Document', 'Election', 'Event', 'Organisation', 'Person', 'Statement']);
    const notNodes = withId.filter((t) => !t.getInterfaces().some((i) => i.name === 'Node')).map((t) => t.name);
    expect(notNodes).toEqual([]);
    const entities = objectTypes.filter((t) => t.getInterfaces().some((i) => i.name === 'Entity'));
    expect(entities.filter((t) => !t.getInterfaces().some((i) => i.name === 'Node')).map((t) => t.name)).toEqual([]);
  });

  it('has a PageInfo with hasPreviousPage: Boolean!, hasNextPage: Boolean!, startCursor and endCursor (String)', () => {
    const pageInfo = schema.getType('PageInfo');
    expect(pageInfo && isObjectType(pageInfo)).toBe(true);
    const fields = (pageInfo as GraphQLObjectType).getFields();
    expect(typeString(fields.hasPreviousPage!.type)).toBe('Boolean!');
    expect(typeString(fields.hasNextPage!.type)).toBe('Boolean!');
    expect(getNamedType(fields.startCursor!.type).name).toBe('String');
    expect(getNamedType(fields.endCursor!.type).name).toBe('String');
    for (const cursor of [fields.startCursor!, fields.endCursor!]) expect(isListType(cursor.type)).toBe(false);
  });

  it('finds the connections it should check', () => {
    // The lists that page: a schema change that drops one fails here, not silently.
    expect(connectionTypes.length).toBeGreaterThanOrEqual(13);
    expect(connectionTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['SearchConnection', 'DocumentConnection', 'TimelineConnection', 'ElectionConnection']));
  });

  it('gives every *Connection edges: [Edge] and pageInfo: PageInfo!', () => {
    const broken: string[] = [];
    for (const t of connectionTypes) {
      const { edges, pageInfo } = t.getFields();
      if (!edges) broken.push(`${t.name} has no edges`);
      else {
        const list = isNonNullType(edges.type) ? edges.type.ofType : edges.type;
        if (!isListType(list)) broken.push(`${t.name}.edges is not a list`);
        else if (!isObjectType(getNamedType(list))) broken.push(`${t.name}.edges is not a list of an edge type`);
      }
      if (!pageInfo || typeString(pageInfo.type) !== 'PageInfo!') broken.push(`${t.name}.pageInfo is not PageInfo!`);
    }
    expect(broken).toEqual([]);
  });

  it('gives every edge type node (not a list) and cursor: String!', () => {
    const broken: string[] = [];
    for (const t of connectionTypes) {
      const edge = getNamedType(t.getFields().edges!.type) as GraphQLObjectType;
      const { node, cursor } = edge.getFields();
      if (!node) broken.push(`${edge.name} has no node`);
      else if (isListType(isNonNullType(node.type) ? node.type.ofType : node.type)) broken.push(`${edge.name}.node is a list`);
      if (!cursor) broken.push(`${edge.name} has no cursor`);
      else if (!isNonNullType(cursor.type) || !isScalarType(cursor.type.ofType) || cursor.type.ofType.name !== 'String') broken.push(`${edge.name}.cursor is not String!`);
    }
    expect(broken).toEqual([]);
  });

  it('gives every field that returns a connection the forward arguments first: Int and after: String', () => {
    expect(connectionFields.length).toBeGreaterThanOrEqual(connectionTypes.length);
    const broken: string[] = [];
    for (const { where, field } of connectionFields) {
      const first = field.args.find((a) => a.name === 'first');
      const after = field.args.find((a) => a.name === 'after');
      if (!first || getNamedType(first.type).name !== 'Int' || isNonNullType(first.type)) broken.push(`${where} lacks first: Int`);
      if (!after || getNamedType(after.type).name !== 'String' || isNonNullType(after.type)) broken.push(`${where} lacks after: String`);
    }
    expect(broken).toEqual([]);
  });
});
