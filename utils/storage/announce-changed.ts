/**
 * Tells this page's stores and every other open page that the database changed under them (a
 * backup or a safety copy restored): they read their lists again.
 */
export function announceDatabaseChanged(): void {
  const changed: [channel: string, type: string][] = [
    ['lesson-tab:favorites', 'favorites-changed'],
    ['lesson-tab:my-lessons', 'my-lessons-changed'],
  ];
  for (const [name, type] of changed) {
    const channel = new BroadcastChannel(name);
    channel.postMessage({ type });
    channel.close();
  }
}
