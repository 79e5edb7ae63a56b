// Replaced by the package version at build time; the fallback serves tests run from source.
declare const __INVITELINT_VERSION__: string | undefined;
export const VERSION: string = typeof __INVITELINT_VERSION__ === 'string' ? __INVITELINT_VERSION__ : '0.0.0-dev';
