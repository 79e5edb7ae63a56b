// The announcement template is imported as text, like the rule pages (see src/types/raw.d.ts).
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
