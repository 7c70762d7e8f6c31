/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How two people shared an activity. */
export type ActivityKind =
  /** One backed the other. */
  | 'BACKING'
  /** Both were members or officers of the same campaign, alliance, slate or parliamentary group at the same time. */
  | 'CAMPAIGN'
  /** Both backed the same person, organisation, event or statement at the same time (weight 0.5). */
  | 'CO_BACKING'
  /** Both took part in the same event (at a hustings, only organisers and chairs). */
  | 'EVENT'
  /** Both stood for the same party or slate in the same election. */
  | 'SLATE'
  /** Both signed or wrote the same letter, statement, manifesto, pamphlet or motion. */
  | 'STATEMENT';

/**
 * Facts a field can leave out of its answer. Entity fields (`mentions`, `positions`, …) apply
 * UNREVIEWED only; `campaignedWith` and `paths` apply all three.
 */
export type LeaveOut =
  /** Alleged facts: a shared activity where either person's part is only alleged, an alleged link on a path. */
  | 'ALLEGED'
  /**
   * Facts every quote of which comes from an unreviewed draft (`Evidence.reviewed` false); a fact
   * also quoted by a reviewed document stays, with only its reviewed quotes. For `campaignedWith`,
   * a shared activity that rests on an unreviewed link (`SharedActivity.reviewed` false).
   */
  | 'UNREVIEWED'
  /** Withdrawn facts: a shared activity where either person withdrew (a withdrawn signature), a withdrawn link on a path. */
  | 'WITHDRAWN';

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { searchConnection: { edges: Array<{ score: number, node:
        | { id: string, name: string, description: string | null }
        | { id: string, name: string, description: string | null }
        | { id: string, name: string, description: string | null }
        | { id: string, name: string, description: string | null }
        | { id: string, name: string, description: string | null }
        | { id: string, name: string, description: string | null }
       }> } };

export type ExplorerNetworkQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  kinds?: Array<ActivityKind> | ActivityKind | null | undefined;
  leaveOut: Array<LeaveOut> | LeaveOut;
  countLeftOut: boolean;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerNetworkQuery = { person: { id: string, name: string, community: number | null, campaignedWith: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ sharedCount: number, strength: number, firstDate: string | null, lastDate: string | null, node: { id: string, name: string, community: number | null }, activities: Array<{ reviewed: boolean }> }> }, everyone?: { totalCount: number }, opponents: Array<{ person: { id: string, name: string }, elections: Array<{ id: string, name: string, date: { value: string } | null }> }> } | null };

export type ExplorerSharedQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  kinds?: Array<ActivityKind> | ActivityKind | null | undefined;
  leaveOut: Array<LeaveOut> | LeaveOut;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerSharedQuery = { person: { campaignedWith: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string }, activities: Array<{ activityKind: ActivityKind, role: string, otherRole: string, alleged: boolean, withdrawn: boolean, reviewed: boolean, activity:
            | { __typename: 'Document', id: string, name: string }
            | { __typename: 'Election', id: string, name: string }
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Statement', id: string, name: string }
          , date: { value: string, inferred: boolean } | null, evidence: Array<{ quote: string, start: number, end: number, reviewed: boolean, document: { id: string, title: string } }> }> }> } } | null };

export type ExplorerProfileQueryVariables = Exact<{
  id: string | number;
  leaveOut?: Array<LeaveOut> | LeaveOut;
}>;


export type ExplorerProfileQuery = { person: { id: string, name: string, description: string | null, born: { value: string } | null, positions: Array<{ role: string, place: string | null, alleged: boolean, organisation: { name: string }, start: { value: string } | null, end: { value: string } | null, evidence: Array<{ quote: string, start: number, end: number, reviewed: boolean, document: { id: string, title: string } }> }>, memberships: Array<{ role: string | null, alleged: boolean, organisation: { name: string }, start: { value: string } | null, end: { value: string } | null, evidence: Array<{ quote: string, start: number, end: number, reviewed: boolean, document: { id: string, title: string } }> }>, candidacies: Array<{ label: string | null, votes: number | null, elected: boolean | null, election: { name: string, date: { value: string } | null }, evidence: Array<{ quote: string, start: number, end: number, reviewed: boolean, document: { id: string, title: string } }> }>, timelineConnection: { totalCount: number, edges: Array<{ node: { summary: string, alleged: boolean, withdrawn: boolean, date: { value: string } } }> } } | null };

export type ExplorerDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDocumentQuery = { document: { id: string, title: string, publisher: string | null, url: string | null, text: string, published: { value: string } | null } | null };

export type ExplorerPathQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  leaveOut: Array<LeaveOut> | LeaveOut;
}>;


export type ExplorerPathQuery = { paths: Array<{ nodes: Array<
      | { __typename: 'Document', id: string, name: string }
      | { __typename: 'Election', id: string, name: string }
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organisation', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Statement', id: string, name: string }
    >, relations: Array<{ type: string, from: string, to: string, evidence: Array<{ quote: string, start: number, end: number, reviewed: boolean, document: { id: string, title: string } }> }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  searchConnection(text: $text, kinds: [PERSON], first: 8) {
    edges {
      score
      node {
        id
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNetworkDocument = new TypedDocumentString(`
    query ExplorerNetwork($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $countLeftOut: Boolean!, $first: Int, $after: String) {
  person(id: $id) {
    id
    name
    community
    campaignedWith(
      from: $from
      to: $to
      activityKinds: $kinds
      leaveOut: $leaveOut
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          community
        }
        sharedCount
        strength
        firstDate
        lastDate
        activities {
          reviewed
        }
      }
    }
    everyone: campaignedWith(from: $from, to: $to, activityKinds: $kinds, first: 0) @include(if: $countLeftOut) {
      totalCount
    }
    opponents {
      person {
        id
        name
      }
      elections {
        id
        name
        date {
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const ExplorerSharedDocument = new TypedDocumentString(`
    query ExplorerShared($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $first: Int, $after: String) {
  person(id: $id) {
    campaignedWith(
      from: $from
      to: $to
      activityKinds: $kinds
      leaveOut: $leaveOut
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
        }
        activities {
          activity {
            __typename
            id
            name
          }
          activityKind
          role
          otherRole
          date {
            value
            inferred
          }
          alleged
          withdrawn
          reviewed
          evidence {
            quote
            start
            end
            reviewed
            document {
              id
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSharedQuery, ExplorerSharedQueryVariables>;
export const ExplorerProfileDocument = new TypedDocumentString(`
    query ExplorerProfile($id: ID!, $leaveOut: [LeaveOut!]! = []) {
  person(id: $id) {
    id
    name
    description
    born {
      value
    }
    positions(leaveOut: $leaveOut) {
      role
      place
      organisation {
        name
      }
      start {
        value
      }
      end {
        value
      }
      alleged
      evidence {
        quote
        start
        end
        reviewed
        document {
          id
          title
        }
      }
    }
    memberships(leaveOut: $leaveOut) {
      role
      organisation {
        name
      }
      start {
        value
      }
      end {
        value
      }
      alleged
      evidence {
        quote
        start
        end
        reviewed
        document {
          id
          title
        }
      }
    }
    candidacies(leaveOut: $leaveOut) {
      label
      votes
      elected
      election {
        name
        date {
          value
        }
      }
      evidence {
        quote
        start
        end
        reviewed
        document {
          id
          title
        }
      }
    }
    timelineConnection(first: 100) {
      totalCount
      edges {
        node {
          date {
            value
          }
          summary
          alleged
          withdrawn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerProfileQuery, ExplorerProfileQueryVariables>;
export const ExplorerDocumentDocument = new TypedDocumentString(`
    query ExplorerDocument($id: ID!) {
  document(id: $id) {
    id
    title
    publisher
    url
    published {
      value
    }
    text
  }
}
    `) as unknown as TypedDocumentString<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerPathDocument = new TypedDocumentString(`
    query ExplorerPath($fromId: ID!, $toId: ID!, $from: PartialDate, $to: PartialDate, $leaveOut: [LeaveOut!]!) {
  paths(
    fromId: $fromId
    toId: $toId
    first: 1
    maxHops: 4
    from: $from
    to: $to
    leaveOut: $leaveOut
  ) {
    nodes {
      __typename
      id
      name
    }
    relations {
      type
      from
      to
      evidence {
        quote
        start
        end
        reviewed
        document {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathQuery, ExplorerPathQueryVariables>;