import { graphql } from '../generated/explorer/gql.js';

// Every operation the explorer sends. Each is typed by graphql-codegen's client preset
// (`npm run codegen` writes src/generated/explorer/); a unit test fails when that is stale.

export const SearchPeople = graphql(`
  query ExplorerSearch($text: String!) {
    searchConnection(text: $text, kinds: [PERSON], first: 8) {
      edges { score node { id name description } }
    }
  }
`);

// `everyone` (only when something is left out) counts the co-campaigners without `leaveOut`,
// so the page can say how many the filter left out; `first: 0` fetches no rows.
export const Network = graphql(`
  query ExplorerNetwork($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $countLeftOut: Boolean!, $first: Int, $after: String) {
    person(id: $id) {
      id
      name
      community
      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node { id name community }
          sharedCount
          strength
          firstDate
          lastDate
          activities { reviewed }
        }
      }
      everyone: campaignedWith(from: $from, to: $to, activityKinds: $kinds, first: 0) @include(if: $countLeftOut) { totalCount }
      opponents { person { id name } elections { id name date { value } } }
    }
  }
`);

export const Shared = graphql(`
  query ExplorerShared($id: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $leaveOut: [LeaveOut!]!, $first: Int, $after: String) {
    person(id: $id) {
      campaignedWith(from: $from, to: $to, activityKinds: $kinds, leaveOut: $leaveOut, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node { id name }
          activities {
            activity { __typename id name }
            activityKind
            role
            otherRole
            date { value inferred }
            alleged
            withdrawn
            reviewed
            evidence { quote start end reviewed document { id title } }
          }
        }
      }
    }
  }
`);

export const Profile = graphql(`
  query ExplorerProfile($id: ID!, $leaveOut: [LeaveOut!]! = []) {
    person(id: $id) {
      id
      name
      description
      born { value }
      positions(leaveOut: $leaveOut) { role place organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }
      memberships(leaveOut: $leaveOut) { role organisation { name } start { value } end { value } alleged evidence { quote start end reviewed document { id title } } }
      candidacies(leaveOut: $leaveOut) { label votes elected election { name date { value } } evidence { quote start end reviewed document { id title } } }
      timelineConnection(first: 100) { totalCount edges { node { date { value } summary alleged withdrawn } } }
    }
  }
`);

export const DocumentText = graphql(`
  query ExplorerDocument($id: ID!) {
    document(id: $id) { id title publisher url published { value } text }
  }
`);

export const PathBetween = graphql(`
  query ExplorerPath($fromId: ID!, $toId: ID!, $from: PartialDate, $to: PartialDate, $leaveOut: [LeaveOut!]!) {
    paths(fromId: $fromId, toId: $toId, first: 1, maxHops: 4, from: $from, to: $to, leaveOut: $leaveOut) {
      nodes { __typename id name }
      relations { type from to evidence { quote start end reviewed document { id title } } }
    }
  }
`);
