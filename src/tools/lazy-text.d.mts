/** The ES module source of `import read from './file?lazy'`: `read()` returns the file's text. */
export declare const lazyTextModule: (text: string) => string;
