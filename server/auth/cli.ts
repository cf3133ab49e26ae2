import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config';
import { openStateDatabase } from '../state';
import { AccountError, AccountStore } from './AccountStore';
import { readPassword } from './readPassword';

// `npm run user:<command> -- ...`: accounts and API tokens in STATE_DIR's state database.

const USAGE = `Usage:
  npm run user:add -- --name NAME --role VIEWER|CONTRIBUTOR|EDITOR|ADMIN   (password on standard input)
  npm run user:role -- --name NAME --role ROLE
  npm run user:token -- --name NAME [--label LABEL]                        (prints a new API token once)
  npm run user:tokens -- --name NAME
  npm run user:revoke -- --token ID`;

/** A command-line mistake; the message names the argument. */
class UsageError extends Error {}

const OPTIONS = {
  name: { type: 'string' },
  role: { type: 'string' },
  label: { type: 'string' },
  token: { type: 'string' },
} as const;

type Options = { [K in keyof typeof OPTIONS]?: string };

const COMMANDS: Record<string, { needs: (keyof Options)[]; run: (accounts: AccountStore, options: Options) => Promise<void> | void }> = {
  add: {
    needs: ['name', 'role'],
    async run(accounts, { name, role }) {
      // Before the password is asked for: a typo in the name should not cost typing it twice.
      accounts.checkNewAccount(name!, role!);
      const password = await readPassword(`Password for ${name}: `);
      await accounts.addAccount(name!, role!, password);
      console.log(`Added ${name} (${role!.toUpperCase()}).`);
    },
  },
  role: {
    needs: ['name', 'role'],
    run(accounts, { name, role }) {
      accounts.setRole(name!, role!);
      console.log(`${name} is now ${role!.toUpperCase()}.`);
    },
  },
  token: {
    needs: ['name'],
    run(accounts, { name, label }) {
      const { id, token } = accounts.createToken(name!, label);
      console.error(`Token ${id} for ${name}; it is shown once, only its hash is kept. Send it as "Authorization: Bearer <token>".`);
      console.log(token);
    },
  },
  tokens: {
    needs: ['name'],
    run(accounts, { name }) {
      const tokens = accounts.listTokens(name!);
      if (tokens.length === 0) console.log(`${name} has no tokens.`);
      for (const token of tokens) {
        console.log([`id ${token.id}`, `label ${token.label ?? '-'}`, `created ${token.created}`, `last used ${token.lastUsed ?? 'never'}`, `revoked ${token.revoked ?? 'no'}`].join('\t'));
      }
    },
  },
  revoke: {
    needs: ['token'],
    run(accounts, { token }) {
      if (!/^\d+$/.test(token!)) throw new UsageError(`--token: "${token}" is not a token id (the number user:tokens lists)`);
      accounts.revokeToken(Number(token));
      console.log(`Token ${token} revoked.`);
    },
  },
};

function parse(argv: string[]): { command: (typeof COMMANDS)[string]; options: Options } {
  const [commandName, ...rest] = argv;
  const command = commandName ? COMMANDS[commandName] : undefined;
  if (!command) throw new UsageError(commandName ? `unknown command "${commandName}"` : 'no command given');
  let values: Options;
  try {
    ({ values } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  for (const needed of command.needs) {
    if (values[needed] === undefined || values[needed] === '') throw new UsageError(`--${needed} is required`);
  }
  return { command, options: values };
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const database = openStateDatabase(readConfig(process.env, []).stateDir);
  try {
    await parsed.command.run(new AccountStore(database), parsed.options);
    return 0;
  } catch (error) {
    if (error instanceof AccountError) console.error(error.argument === 'password' ? `password (standard input): ${error.message}` : `--${error.argument}: ${error.message}`);
    else if (error instanceof UsageError || error instanceof ConfigError) console.error(error.message);
    else throw error;
    return 1;
  } finally {
    database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
