/**
 * What one run must undo if it is interrupted (SIGINT, SIGTERM, SIGHUP): scratch copies to remove, helm
 * process groups to kill. The CLI makes one per run and runs it from its signal handlers; a run without one
 * (the API) still cleans up on its own as it finishes.
 */
export interface Cleanup {
  /** Registers a synchronous undo; returns the function that unregisters it once it is no longer needed. */
  add(undo: () => void): () => void;
}

export interface RunCleanup extends Cleanup {
  /** Runs every registered undo once, newest first; a failing one does not stop the others. */
  runAll(): void;
}

export function createCleanup(): RunCleanup {
  const undos = new Set<() => void>();
  return {
    add(undo) {
      undos.add(undo);
      return () => undos.delete(undo);
    },
    runAll() {
      for (const undo of [...undos].reverse()) {
        undos.delete(undo);
        try {
          undo();
        } catch {
          // best effort: the others still run
        }
      }
    },
  };
}
