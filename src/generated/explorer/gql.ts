/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerSearch($text: String!) {\n    searchConnection(text: $text, kinds: [PERSON], first: 8) {\n      edges { score node { id name description } }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerNetwork($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $countLeftOut: Boolean!, $first: Int, $after: String) {\n    person(id: $id) {\n      id\n      name\n      community\n      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node { id name community }\n          sharedCount\n          strength\n          firstDate\n          lastDate\n          activities { reviewed }\n        }\n      }\n      everyone: campaignedWith(from: $from, to: $to, activityKinds: $kinds, first: 0) @include(if: $countLeftOut) { totalCount }\n      opponents { person { id name } elections { id name date { value } } }\n    }\n  }\n": typeof types.ExplorerNetworkDocument,
    "\n  query ExplorerShared($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $first: Int, $after: String) {\n    person(id: $id) {\n      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node { id name }\n          activities {\n            activity { __typename id name }\n            activityKind\n            role\n            otherRole\n            date { value inferred }\n            alleged\n            withdrawn\n            reviewed\n            evidence { quote start end reviewed document { id title } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerSharedDocument,
    "\n  query ExplorerProfile($id: ID!, $leaveOut: [LeaveOut!]! = []) {\n    person(id: $id) {\n      id\n      name\n      description\n      born { value }\n      positions(leaveOut: $leaveOut) { role place organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }\n      memberships(leaveOut: $leaveOut) { role organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }\n      candidacies(leaveOut: $leaveOut) { label votes elected election { name date { value } } evidence { quote start end reviewed document { id title } } }\n      timelineConnection(first: 100) { totalCount edges { node { date { value } summary alleged withdrawn } } }\n    }\n  }\n": typeof types.ExplorerProfileDocument,
    "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) { id title publisher url published { value } text }\n  }\n": typeof types.ExplorerDocumentDocument,
    "\n  query ExplorerPath($fromId: ID!, $toId: ID!, $from: PartialDate, $to: PartialDate, $leaveOut: [LeaveOut!]!) {\n    paths(fromId: $fromId, toId: $toId, first: 1, maxHops: 4, from: $from, to: $to, leaveOut: $leaveOut) {\n      nodes { __typename id name }\n      relations { type from to evidence { quote start end reviewed document { id title } } }\n    }\n  }\n": typeof types.ExplorerPathDocument,
};
const documents: Documents = {
    "\n  query ExplorerSearch($text: String!) {\n    searchConnection(text: $text, kinds: [PERSON], first: 8) {\n      edges { score node { id name description } }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerNetwork($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $countLeftOut: Boolean!, $first: Int, $after: String) {\n    person(id: $id) {\n      id\n      name\n      community\n      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node { id name community }\n          sharedCount\n          strength\n          firstDate\n          lastDate\n          activities { reviewed }\n        }\n      }\n      everyone: campaignedWith(from: $from, to: $to, activityKinds: $kinds, first: 0) @include(if: $countLeftOut) { totalCount }\n      opponents { person { id name } elections { id name date { value } } }\n    }\n  }\n": types.ExplorerNetworkDocument,
    "\n  query ExplorerShared($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $first: Int, $after: String) {\n    person(id: $id) {\n      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node { id name }\n          activities {\n            activity { __typename id name }\n            activityKind\n            role\n            otherRole\n            date { value inferred }\n            alleged\n            withdrawn\n            reviewed\n            evidence { quote start end reviewed document { id title } }\n          }\n        }\n      }\n    }\n  }\n": types.ExplorerSharedDocument,
    "\n  query ExplorerProfile($id: ID!, $leaveOut: [LeaveOut!]! = []) {\n    person(id: $id) {\n      id\n      name\n      description\n      born { value }\n      positions(leaveOut: $leaveOut) { role place organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }\n      memberships(leaveOut: $leaveOut) { role organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }\n      candidacies(leaveOut: $leaveOut) { label votes elected election { name date { value } } evidence { quote start end reviewed document { id title } } }\n      timelineConnection(first: 100) { totalCount edges { node { date { value } summary alleged withdrawn } } }\n    }\n  }\n": types.ExplorerProfileDocument,
    "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) { id title publisher url published { value } text }\n  }\n": types.ExplorerDocumentDocument,
    "\n  query ExplorerPath($fromId: ID!, $toId: ID!, $from: PartialDate, $to: PartialDate, $leaveOut: [LeaveOut!]!) {\n    paths(fromId: $fromId, toId: $toId, first: 1, maxHops: 4, from: $from, to: $to, leaveOut: $leaveOut) {\n      nodes { __typename id name }\n      relations { type from to evidence { quote start end reviewed document { id title } } }\n    }\n  }\n": types.ExplorerPathDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($text: String!) {\n    searchConnection(text: $text, kinds: [PERSON], first: 8) {\n      edges { score node { id name description } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNetwork($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $countLeftOut: Boolean!, $first: Int, $after: String) {\n    person(id: $id) {\n      id\n      name\n      community\n      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node { id name community }\n          sharedCount\n          strength\n          firstDate\n          lastDate\n          activities { reviewed }\n        }\n      }\n      everyone: campaignedWith(from: $from, to: $to, activityKinds: $kinds, first: 0) @include(if: $countLeftOut) { totalCount }\n      opponents { person { id name } elections { id name date { value } } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerShared($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $first: Int, $after: String) {\n    person(id: $id) {\n      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node { id name }\n          activities {\n            activity { __typename id name }\n            activityKind\n            role\n            otherRole\n            date { value inferred }\n            alleged\n            withdrawn\n            reviewed\n            evidence { quote start end reviewed document { id title } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSharedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerProfile($id: ID!, $leaveOut: [LeaveOut!]! = []) {\n    person(id: $id) {\n      id\n      name\n      description\n      born { value }\n      positions(leaveOut: $leaveOut) { role place organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }\n      memberships(leaveOut: $leaveOut) { role organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }\n      candidacies(leaveOut: $leaveOut) { label votes elected election { name date { value } } evidence { quote start end reviewed document { id title } } }\n      timelineConnection(first: 100) { totalCount edges { node { date { value } summary alleged withdrawn } } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDocument($id: ID!) {\n    document(id: $id) { id title publisher url published { value } text }\n  }\n"): typeof import('./graphql.js').ExplorerDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPath($fromId: ID!, $toId: ID!, $from: PartialDate, $to: PartialDate, $leaveOut: [LeaveOut!]!) {\n    paths(fromId: $fromId, toId: $toId, first: 1, maxHops: 4, from: $from, to: $to, leaveOut: $leaveOut) {\n      nodes { __typename id name }\n      relations { type from to evidence { quote start end reviewed document { id title } } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPathDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
