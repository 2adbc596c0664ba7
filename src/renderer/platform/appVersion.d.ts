/** The package.json version, injected by the Vite configs (absent in unit tests). */
declare const __FIELDBOOK_VERSION__: string | undefined;
