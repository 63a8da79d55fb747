// Types of build-lib.mjs for the TypeScript tests that call it.
export declare const repoRoot: string;
export declare const rendererOutDir: string;
export declare const electronOutDir: string;
export declare function newestMtime(paths: string[]): number;
export declare function rendererIsFresh(): boolean;
export declare function electronBundlesAreFresh(): boolean;
export declare function buildRenderer(): Promise<void>;
export declare function buildElectronBundles(options?: { outDir?: string }): Promise<void>;
export declare function findElectron(): { path: string; reason: null } | { path: null; reason: string };
export declare const cliOutDir: string;
export declare const CLI_SOURCES: string[];
export declare function buildCliBundle(options?: { outDir?: string }): Promise<void>;
