/**
 * The panel acts only on the user's own input. The platform's page and its scripts share the frame
 * with the panel; an event a script made (`dispatchEvent`, `el.click()`, a forged `input`) has
 * `isTrusted` false and is dropped, so a script that somehow held one of the panel's controls still
 * could not export, confirm, save, fill or preview. Events from the browser (a click, a key, typing)
 * are trusted.
 */
export function trusted<E extends Event>(handler: (e: E) => unknown): (e: E) => void {
  return (e) => {
    if (!e.isTrusted) return;
    void handler(e);
  };
}
