import type { Formatter } from './format.js';

/** The stable machine format (cli.md, "Outputs"): the report as it is. */
const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
export default json;
