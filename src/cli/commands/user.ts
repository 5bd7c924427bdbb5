// sumber user add|list|set and sumber token create|list|revoke: accounts and API tokens, from the machine
// the store lives on. Every change is audited as made by the command line's OS user.
import type { Command } from 'commander';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { InputError } from '../../errors.ts';
import { openStore } from '../../store/open.ts';
import { Role, type Actor } from '../../store/records.ts';
import { hashPassword, MIN_PASSWORD_CHARS, newSecret, secretHash } from '../../api/credentials.ts';

const DB_HELP = 'the store: a SQLite file, or a postgres:// URL (default: $SUMBER_DATABASE_URL, else $SUMBER_HOME/sumber.db)';
const cliActor = (command: string): Actor => ({ kind: 'cli', id: userInfo().username, name: `sumber ${command}` });

function role(value: string, option = '--role'): Role {
  const r = Role.safeParse(value);
  if (!r.success) throw new InputError(option, `'${value}' is not a role (${Role.options.join(', ')})`);
  return r.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks twice on the terminal without echoing. */
async function prompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stderr.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      muted = false;
      rl.question(q, (answer) => (process.stderr.write('\n'), resolve(answer)));
      muted = true;
    });
  try {
    const first = await ask(question);
    if ((await ask('again: ')) !== first) throw new InputError('password', 'the two entries differ');
    return first;
  } finally {
    rl.close();
  }
}

async function password(fromStdin: boolean | undefined): Promise<string> {
  if (!fromStdin && !process.stdin.isTTY) throw new InputError('password', 'no terminal to ask on: give it with --password-stdin');
  const pw = fromStdin ? await readStdin() : await prompt('password: ');
  if (pw.length < MIN_PASSWORD_CHARS) throw new InputError('password', `must be at least ${MIN_PASSWORD_CHARS} characters`);
  return pw;
}

export function registerUser(program: Command): void {
  const user = program.command('user');
  user
    .command('add')
    .description('add a user (the first one is an admin); the password is asked for, or read from standard input')
    .argument('<name>')
    .option('--role <role>', 'viewer, analyst or admin')
    .option('--password-stdin', 'read the password from standard input')
    .option('--db <path>', DB_HELP)
    .action(async (name: string, opts: { role?: string; passwordStdin?: boolean; db?: string }) => {
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) throw new InputError(name, 'a user name is letters, digits, dot, dash or underscore, at most 64');
      const store = await openStore(opts.db);
      try {
        const first = (await store.countUsers()) === 0;
        if (first && opts.role && opts.role !== 'admin') throw new InputError('--role', 'the first user must be an admin (who can then add the others)');
        if (!first && !opts.role) throw new InputError('--role', 'give the role: viewer, analyst or admin');
        const r = first ? 'admin' : role(opts.role!);
        if (await store.credentials(name)) throw new InputError(name, 'a user of this name exists');
        const made = await store.createUser({ name, role: r, passwordHash: await hashPassword(await password(opts.passwordStdin)) }, cliActor('user add'));
        process.stdout.write(`added ${made.name} (${made.role})\n`);
      } finally {
        await store.close();
      }
    });
  user
    .command('list')
    .description('list users')
    .option('--db <path>', DB_HELP)
    .action(async (opts: { db?: string }) => {
      const store = await openStore(opts.db);
      for (const u of await store.listUsers()) process.stdout.write(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
      await store.close();
    });
  user
    .command('set')
    .description("change a user's role or password, or disable or enable the user")
    .argument('<name>')
    .option('--role <role>', 'viewer, analyst or admin')
    .option('--password-stdin', 'read a new password from standard input')
    .option('--password', 'ask for a new password')
    .option('--disable', 'refuse sign-ins and tokens of this user')
    .option('--enable', 'undo --disable')
    .option('--db <path>', DB_HELP)
    .action(async (name: string, opts: { role?: string; passwordStdin?: boolean; password?: boolean; disable?: boolean; enable?: boolean; db?: string }) => {
      const store = await openStore(opts.db);
      try {
        const change = {
          role: opts.role ? role(opts.role) : undefined,
          disabled: opts.disable ? true : opts.enable ? false : undefined,
          passwordHash: opts.password || opts.passwordStdin ? await hashPassword(await password(opts.passwordStdin)) : undefined,
        };
        const u = await store
          .updateUser(name, change, cliActor('user set'))
          .catch((e) => Promise.reject(e instanceof RangeError ? new InputError(name, e.message) : e));
        if (!u) throw new InputError(name, 'no such user');
        process.stdout.write(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
      } finally {
        await store.close();
      }
    });

  const token = program.command('token');
  token
    .command('create')
    .description('create a token and print its secret, once')
    .requiredOption('--user <name>', 'whose token it is')
    .requiredOption('--name <label>', 'what it is for')
    .option('--role <role>', "its scope: at most the user's role", 'viewer')
    .option('--db <path>', DB_HELP)
    .action(async (opts: { user: string; name: string; role: string; db?: string }) => {
      const store = await openStore(opts.db);
      try {
        if (!(await store.credentials(opts.user))) throw new InputError('--user', `no user named '${opts.user}'`);
        const secret = newSecret('smb');
        const info = await store
          .createToken({ userName: opts.user, name: opts.name, role: role(opts.role), hash: secretHash(secret) }, cliActor('token create'))
          .catch((e) => Promise.reject(e instanceof RangeError ? new InputError('--role', e.message) : e));
        process.stderr.write(`token ${info.id} (${info.role}) for ${info.user}; the secret is shown this once:\n`);
        process.stdout.write(`${secret}\n`);
      } finally {
        await store.close();
      }
    });
  token
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--user <name>', "only this user's")
    .option('--db <path>', DB_HELP)
    .action(async (opts: { user?: string; db?: string }) => {
      const store = await openStore(opts.db);
      for (const t of await store.listTokens(opts.user)) {
        process.stdout.write(`${t.id}\t${t.user}\t${t.role}\t${t.name}\t${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}\n`);
      }
      await store.close();
    });
  token
    .command('revoke')
    .description('revoke a token')
    .argument('<id>')
    .option('--db <path>', DB_HELP)
    .action(async (id: string, opts: { db?: string }) => {
      const store = await openStore(opts.db);
      try {
        const t = await store.revokeToken(id, cliActor('token revoke'));
        if (!t) throw new InputError(id, 'no such token');
        process.stdout.write(`revoked ${t.id} (${t.user}, ${t.name})\n`);
      } finally {
        await store.close();
      }
    });
}
