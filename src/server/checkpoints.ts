/**
 * Signed checkpoints of the audit trail (decision 0010): how many entries the server holds and the
 * root of their Merkle tree, signed with the server's own key (ECDSA P-256, which every browser's
 * Web Crypto verifies), and consistency proofs between any two sizes. A device keeps the last
 * checkpoint it saw; a server whose history was rewritten cannot prove the new tree extends it.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENESIS_HASH } from '../domain/audit';
import { checkpointText, MerkleTree } from '../domain/merkle';
import type { CheckpointResponse } from '../domain/sync';
import type { ServerDatabase } from './database';
import { RequestRefused } from './store';

/** The server's signing key, made on first start and kept in the data folder (owner-only). */
export function loadSigningKey(
  dataDir: string | undefined,
  name = 'checkpoint-key.pem',
): KeyObject {
  const file = dataDir ? join(dataDir, name) : undefined;
  if (file && existsSync(file)) return createPrivateKey(readFileSync(file, 'utf8'));
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  if (file) {
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return privateKey;
}

const HASH_BATCH = 10_000;

export interface Checkpoints {
  /** A signed checkpoint at `size` (the whole trail when absent) and the proof from `from`. */
  checkpoint(request: { size?: number; from: number }): Promise<CheckpointResponse>;
  /** The hashes of entries `from`..`to` (from 1), to find where two trails part. */
  hashes(from: number, to: number): Promise<string[]>;
}

export function checkpoints(db: ServerDatabase, key: KeyObject): Checkpoints {
  const publicKey = createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');
  // The tree of the workspace it was built for; a new workspace (the database replaced while the
  // server ran) starts a new tree.
  let built: { workspaceId: string; tree: MerkleTree } | null = null;
  let reading: Promise<unknown> = Promise.resolve();

  /**
   * The tree up to `count` entries, reading only the ones it has not seen; one caller at a time,
   * and a failed read does not stop the next.
   */
  const treeOf = (workspaceId: string, count: number): Promise<MerkleTree> => {
    const next = reading.then(async () => {
      if (built?.workspaceId !== workspaceId || built.tree.size > count) {
        built = { workspaceId, tree: new MerkleTree() };
      }
      const { tree } = built;
      while (tree.size < count) {
        const found = await db
          .selectFrom('audit')
          .select('hash')
          .where('seq', '>', tree.size)
          .where('seq', '<=', count)
          .orderBy('seq')
          .limit(HASH_BATCH)
          .execute();
        if (found.length === 0) throw new Error('The audit trail has a gap in its sequence.');
        tree.append(found.map((row) => row.hash));
      }
      return tree;
    });
    reading = next.catch(() => undefined);
    return next;
  };

  const hashes = async (from: number, to: number) =>
    (
      await db
        .selectFrom('audit')
        .select('hash')
        .where('seq', '>=', from)
        .where('seq', '<=', to)
        .orderBy('seq')
        .execute()
    ).map((row) => row.hash);

  return {
    hashes,
    async checkpoint({ size, from }) {
      const workspace = await db.selectFrom('workspace').selectAll().executeTakeFirst();
      if (!workspace) throw new RequestRefused(404, 'This server holds no shared plan yet.');
      const at = size ?? workspace.audit_count;
      // A device that saw more entries than the server now holds gets no proof: its check fails.
      const shrunk = size === undefined && from > at;
      if (at > workspace.audit_count || (from > at && !shrunk)) {
        throw new RequestRefused(
          400,
          `The server’s audit trail holds ${workspace.audit_count} entries; it cannot prove ${from} to ${at}.`,
        );
      }
      const tree = await treeOf(workspace.id, workspace.audit_count);
      const head = at === 0 ? GENESIS_HASH : ((await hashes(at, at))[0] ?? GENESIS_HASH);
      const body = {
        workspaceId: workspace.id,
        size: at,
        root: tree.root(at),
        head,
        issuedAt: new Date().toISOString(),
      };
      const signature = sign('sha256', Buffer.from(checkpointText(body)), {
        key,
        dsaEncoding: 'ieee-p1363',
      }).toString('base64');
      return {
        checkpoint: { ...body, signature },
        publicKey,
        keyId: createHash('sha256').update(publicKey).digest('hex').slice(0, 16),
        proof: shrunk ? [] : tree.consistency(from, at),
      };
    },
  };
}
