import type { ElectionResolvers, QueryResolvers } from '../generated/graphql.js';
import { dateWindow } from '../queries/dateWindow.js';
import { electionsPage } from '../queries/electionQueries.js';
import { pageArgs } from '../queries/pageArgs.js';
import { commonEntityFields } from './entityResolvers.js';
import { keptFacts } from './leaveOut.js';
import { connection, dateValue, electionKindEnum, int, num, str, vocabularyValue } from './mappers.js';
import { mergeFacts } from './mergeFacts.js';
import { candidacyView } from './personResolvers.js';

export const electionResolvers: ElectionResolvers = {
  ...commonEntityFields,
  electionKind: (n) => electionKindEnum(n.kind),
  description: (n) => str(n.description),
  body: (n) => str(n.body),
  area: (n) => str(n.area),
  date: (n) => dateValue(n, 'date'),
  seats: (n) => int(n.seats),
  majority: (n) => int(n.majority),
  majorityPct: (n) => num(n.majorityPct),
  turnout: (n) => int(n.turnout),
  turnoutPct: (n) => num(n.turnoutPct),
  turnoutChange: (n) => num(n.turnoutChange),
  swing: (n) => num(n.swing),
  result: (n) => str(n.result),
  candidacies: async (n, { leaveOut }, ctx) =>
    keptFacts(mergeFacts(await ctx.loaders.electionCandidacies.load(n.id), (r) => r.person.id), leaveOut)
      .map((r) => candidacyView(r.rel, r.person, n, r.party, r.evidence)),
  partOf: async (n, _a, ctx) => (await ctx.loaders.electionPartOf.load(n.id))[0]?.other ?? null,
  ballots: async (n, _a, ctx) => (await ctx.loaders.electionBallots.load(n.id)).map((r) => r.other),
};

export const electionQueryResolvers: Pick<QueryResolvers, 'elections'> = {
  elections: async (_p, { area, date, kind, first, after }, ctx) => {
    const filter = { area: area ?? null, date: dateWindow(date, date), kind: kind ? vocabularyValue(kind) : null };
    const args = pageArgs(first, after, 20, { list: 'elections', ...filter });
    return connection(await electionsPage(ctx.db, filter, args), args, (r) => r.node);
  },
};
