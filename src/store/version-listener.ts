/** A connection that hears the graph version other processes commit; closed with the store. */
export interface VersionListener {
  /** Settles once the first attempt to listen succeeded (the version was reported) or failed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a `VersionListener`: it reports each committed version, `null` while it cannot hear
 * them (the version is then unknown), and `readVersion()` again once it hears them once more.
 */
export type ListenVersion = (
  readVersion: () => Promise<number>,
  onVersion: (version: number | null) => void,
) => VersionListener;
