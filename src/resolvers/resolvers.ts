import type { Resolvers } from '../generated/graphql.js';
import { PartialDateScalar } from '../server/partialDateScalar.js';
import { campaignedWithResolvers } from './campaignedWithResolvers.js';
import { documentQueryResolvers, documentResolvers } from './documentResolvers.js';
import { electionQueryResolvers, electionResolvers } from './electionResolvers.js';
import { entityInterfaceResolvers, entityQueryResolvers } from './entityResolvers.js';
import { eventQueryResolvers, eventResolvers } from './eventResolvers.js';
import { organisationResolvers } from './organisationResolvers.js';
import { pathResolvers } from './pathResolvers.js';
import { personResolvers } from './personResolvers.js';
import { relayQueryResolvers, relayTypeResolvers } from './relayResolvers.js';
import { searchResolvers } from './searchResolvers.js';
import { statementQueryResolvers, statementResolvers } from './statementResolvers.js';
import { statusResolvers } from './statusResolvers.js';

/** All resolvers, one module per domain type. */
export const resolvers: Resolvers = {
  PartialDate: PartialDateScalar,
  Query: {
    ...statusResolvers,
    ...relayQueryResolvers,
    ...entityQueryResolvers,
    ...searchResolvers,
    ...campaignedWithResolvers,
    ...pathResolvers,
    ...electionQueryResolvers,
    ...eventQueryResolvers,
    ...statementQueryResolvers,
    ...documentQueryResolvers,
  },
  ...relayTypeResolvers,
  ...entityInterfaceResolvers,
  Person: personResolvers,
  Organisation: organisationResolvers,
  Event: eventResolvers,
  Statement: statementResolvers,
  Election: electionResolvers,
  Document: documentResolvers,
};
