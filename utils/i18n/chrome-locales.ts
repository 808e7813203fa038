/**
 * Turns a message catalog into Chrome's _locales/<lang>/messages.json shape, so the manifest's
 * name and description (and browser.i18n) get the same words as the pages.
 */
export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function toChromeMessages(catalog: Readonly<Record<string, string>>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, text] of Object.entries(catalog)) {
    const names: string[] = [];
    const message = text.replace(/\{(\w+)\}/g, (_match, name: string) => {
      if (!names.includes(name)) names.push(name);
      return `$${name.toUpperCase()}$`;
    });
    out[key] = names.length
      ? {
          message,
          placeholders: Object.fromEntries(names.map((name, i) => [name, { content: `$${i + 1}` }])),
        }
      : { message };
  }
  return out;
}
