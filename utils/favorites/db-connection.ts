/**
 * A page's connection to the Lesson Tab database (favorites and the user's lessons), as a store
 * holds it: opened on first use, dropped when the browser closes it or a newer version takes
 * over, and opened again once when an operation finds it closed under it.
 */
import type { FavoritesDb, OpenCallbacks } from './favorites-db';

const CLOSING = new Set(['InvalidStateError', 'TransactionInactiveError']);

export interface DbConnection {
  /** Opens the database now (or reuses the open connection). */
  open(): Promise<FavoritesDb>;
  /** Runs an operation; if the connection was closed under it, reopens and retries once. */
  run<T>(operation: (db: FavoritesDb) => Promise<T>): Promise<T>;
  close(): void;
}

export function dbConnection(
  open: (callbacks: OpenCallbacks) => Promise<FavoritesDb>,
  { onBlocked, onVersionChange }: { onBlocked: () => void; onVersionChange?: () => void },
): DbConnection {
  let db: FavoritesDb | undefined;
  const callbacks: OpenCallbacks = {
    onBlocked,
    onVersionChange: () => {
      db = undefined;
      onVersionChange?.();
    },
    onTerminated: () => {
      db = undefined;
    },
  };
  const connect = async () => {
    db = await open(callbacks);
    return db;
  };
  return {
    open: async () => db ?? connect(),
    async run(operation) {
      const connection = db ?? (await connect());
      try {
        return await operation(connection);
      } catch (error) {
        if (!(error instanceof DOMException && CLOSING.has(error.name))) throw error;
        return operation(await connect());
      }
    },
    close() {
      db?.close();
      db = undefined;
    },
  };
}
