/**
 * The operations GraphiQL opens with: each one answers a question about the corpus.
 * tests/e2e/api.e2e.test.ts runs every one of them and checks its answer.
 */
export const exampleOperations = `# campaign-graph: who campaigned with whom, with evidence.
# Press the run button (or Ctrl-Enter) and pick an operation.

# The database behind the API.
query Status {
  status { serverVersion edition nodeCount relationshipCount }
}

# Search is typo-tolerant: "Lavry" finds Ian Lavery, "Iain Feguson" finds Iain Ferguson.
# Every result shows its description and main date, whatever its type; pages follow endCursor.
query Search {
  searchConnection(text: "Lavry", first: 5) {
    pageInfo { hasNextPage endCursor }
    edges {
      score
      node { __typename id name kind description date { value precision } }
    }
  }
}

# Refetch any object by its global id (Relay's node field): here the eve-of-May-Day rally.
query Refetch {
  node(id: "event:eve-of-may-day-rally-2022") {
    __typename
    id
    ... on Event {
      name
      eventKind
      date { value inferred inferredReason }
      participants(first: 3) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { role participant { id name } } }
      }
    }
  }
}

# Westminster elections only (kind PARL), newest first.
query ParliamentaryElections {
  elections(kind: PARL, first: 5) {
    totalCount
    edges { node { id name electionKind date { value } } }
  }
}

# Who campaigned with Ian Lavery, most shared activities first, each with its evidence.
query CoCampaigners {
  campaignedWith(personId: "person:ian-lavery", first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node { id name }
      sharedCount
      strength
      firstDate
      lastDate
      activities {
        activity { __typename id name }
        activityKind
        role
        otherRole
        date { value inferred inferredReason }
        weight
        party { id name }
        withdrawn
        reviewed
        evidence { quote start end document { id title } }
      }
    }
  }
}

# How Michael Lavalette connects to Ian Lavery, with the evidence for every hop.
query PathLavaletteToLavery {
  paths(fromId: "person:michael-lavalette", toId: "person:ian-lavery", first: 3) {
    nodes { __typename id name }
    relations {
      type
      from
      to
      evidence { quote document { id title } }
    }
  }
}

# The full result of the 2005 general election in Preston.
query Preston2005 {
  election(id: "parl.preston.2005-05-05") {
    name
    electionKind
    date { value precision inferred inferredReason }
    majority
    turnout
    turnoutPct
    swing
    result
    candidacies {
      person { id name }
      label
      votes
      share
      shareChange
      rank
      elected
    }
  }
}

# The Stop the War statement of February 2022: its signatories in printed order, all withdrawn.
query StopTheWarSignatories {
  statement(id: "statement:stop-the-war-ukraine-2022") {
    name
    statementKind
    date { value }
    issuers { id name }
    signatories {
      totalCount
      edges {
        node {
          order
          withdrawn
          signatory { id name }
          evidence { quote document { title } }
        }
      }
    }
  }
}
`;
