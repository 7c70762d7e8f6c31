import { loadConfig } from '../config/config.js';
import { startService } from '../server/startService.js';
import { runMain } from './runMain.js';

// `npm start`: the whole service, with the corpus loaded, until SIGTERM or SIGINT.
runMain(async (log) => {
  const config = loadConfig();
  const service = await startService(config, { log });
  log(`GraphQL at ${service.url}/graphql, GraphiQL at ${service.url}/graphiql`);
  log(`ready (health: ${service.url}/health, readiness: ${service.url}/ready)`);
  return () => service.stop();
});
