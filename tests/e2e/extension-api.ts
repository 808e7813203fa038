/**
 * The bit of the extension API the end-to-end tests call inside the extension's pages, as
 * `browser` (with promises) in Firefox and `chrome` in Chromium.
 */
export interface ExtensionApi {
  storage: {
    sync: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    onChanged: { addListener(listener: (changes: unknown, area: string) => void): void };
  };
}
