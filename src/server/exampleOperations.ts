/** The operations GraphiQL opens with: each one answers a question about the corpus. */
export const exampleOperations = `# campaign-graph: who campaigned with whom, with evidence.
# Press the run button (or Ctrl-Enter) and pick an operation.

query Status {
  status { serverVersion edition nodeCount relationshipCount }
}
`;
