/** Vite's ?raw imports: a file's text, bundled (the extension page's policy texts). */
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
