import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../platform/config.ts';
import { connect } from '../platform/db/connect.ts';
import { DataDirLockedError } from '../platform/db/lock.ts';
import { buildServices } from '../services.ts';
import { COMMANDS, type CommandArgs, type CommandName } from './commands.ts';
import { sendAdminCommand } from './admin-socket.ts';

/** Runs a command in this process, or in the running Loket when it holds the embedded database. */
async function run(name: CommandName, args: CommandArgs): Promise<void> {
  const config = loadConfig();
  let result: unknown;
  try {
    const { database, lock } = await connect(config, () => process.exit(1));
    try {
      result = await COMMANDS[name](buildServices({ config, database, fetch }), args);
    } finally {
      await database.close();
      await lock?.release();
    }
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    result = await sendAdminCommand(config.dataDir, name, args);
  }
  console.log(JSON.stringify(result, null, 2));
}

const program = new Command()
  .name('loket')
  .description(
    'Administrative commands for Loket. They work while Loket is running: on the embedded database they are carried out by the running process.',
  );

program
  .command('migrate')
  .description('apply the database migrations')
  .action(() => run('migrate', {}));
program
  .command('seed-demo')
  .description(
    'load the demo municipalities, employees, companies and API clients, and import the BRP test set',
  )
  .option('--brp <path>', 'path of the RvIG test set CSV')
  .action((o: { brp?: string }) => run('seed-demo', { brp: o.brp && path.resolve(o.brp) }));
program
  .command('import-brp')
  .description('import an RvIG test set of person lists (LO GBA CSV) into the persons registries')
  .requiredOption('--path <path>', 'path of the CSV file')
  // Paths are made absolute here: the running Loket may carry the command out elsewhere.
  .action((o: { path: string }) => run('import-brp', { path: path.resolve(o.path) }));
program
  .command('api-token')
  .description('print a ZGW-style JWT for a registered API client')
  .requiredOption('--client-id <id>', 'the client id')
  .option('--user-id <id>', 'user_id claim')
  .action((o: { clientId: string; userId?: string }) =>
    run('api-token', { clientId: o.clientId, userId: o.userId }),
  );
const zgwClient = program.command('zgw-client').description('ZGW API clients of a municipality');
zgwClient
  .command('add')
  .description(
    'register a client id and secret; with --all it gets all authorisations, else none until an Applicatie grants them',
  )
  .requiredOption('--gemeente <code>', 'gemeentecode, e.g. 0599')
  .requiredOption('--client-id <id>', 'the client id')
  .requiredOption('--secret <secret>', 'the shared secret (HS256), at least 16 characters')
  .option('--all', 'heeftAlleAutorisaties')
  .action((o: { gemeente: string; clientId: string; secret: string; all?: boolean }) =>
    run('zgw-client-add', {
      gemeente: o.gemeente,
      clientId: o.clientId,
      secret: o.secret,
      all: o.all === true,
    }),
  );
const zgwDienst = program
  .command('zgw-dienst')
  .description(
    "other registers' ZGW APIs a municipality works with (Verzoeken, Contactmomenten, …) and Loket's client id and secret there",
  );
zgwDienst
  .command('add')
  .description('register the API root of a service, or give it a new client id and secret')
  .requiredOption('--gemeente <code>', 'gemeentecode, e.g. 0599')
  .requiredOption('--api-root <url>', 'the root of the API, e.g. https://vrc.example/api/v1')
  .requiredOption('--client-id <id>', 'the client id Loket uses there')
  .requiredOption('--secret <secret>', 'the shared secret (HS256) Loket signs its JWT with')
  .action((o: { gemeente: string; apiRoot: string; clientId: string; secret: string }) =>
    run('zgw-dienst-add', o),
  );
zgwDienst
  .command('list')
  .description('list the registered services (without their secrets)')
  .option('--gemeente <code>', 'only those of this municipality')
  .action((o: { gemeente?: string }) => run('zgw-dienst-list', { gemeente: o.gemeente }));
zgwDienst
  .command('remove')
  .description('remove the service of an API root')
  .requiredOption('--gemeente <code>', 'gemeentecode, e.g. 0599')
  .requiredOption('--api-root <url>', 'the root it was registered with')
  .action((o: { gemeente: string; apiRoot: string }) => run('zgw-dienst-remove', o));
program
  .command('zgw-urls')
  .description('print the ZGW API roots for a municipality (JSON)')
  .requiredOption('--gemeente <code>', 'gemeentecode, e.g. 0599')
  .action((o: { gemeente: string }) => run('zgw-urls', { gemeente: o.gemeente }));
program
  .command('gemeenten')
  .description('list the municipalities on this installation')
  .action(() => run('gemeenten', {}));

program.parseAsync().catch((err: unknown) => {
  console.error(`loket: ${(err as Error).message}`);
  process.exit(1);
});
