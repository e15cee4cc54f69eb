// Modules the build generates (scripts/vite-plugin-bundled-dataset.ts, and crxjs for scripts).
declare module 'virtual:bundled-dataset' {
  /** Content hash of the compiled dataset. */
  export const version: string;
  /** Its path inside the extension package. */
  export const path: string;
  /** The brand marks (company id to simple-icons path and colour) inside the package. */
  export const logosPath: string;
}

/** crxjs: a script built as an ES module of its own; the import is its path in the package. */
declare module '*?script&module' {
  const path: string;
  export default path;
}
