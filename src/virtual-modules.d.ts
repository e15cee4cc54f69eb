// Modules the build generates (scripts/vite-plugin-bundled-dataset.ts).
declare module 'virtual:bundled-dataset' {
  /** Content hash of the compiled dataset. */
  export const version: string;
  /** Its path inside the extension package. */
  export const path: string;
  /** The brand marks (company id to simple-icons path and colour) inside the package. */
  export const logosPath: string;
}
