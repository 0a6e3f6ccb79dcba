declare module '*.yaml' {
  const data: unknown;
  export default data;
}

/** The app's version from package.json, written into exported files. */
declare const __APP_VERSION__: string;
