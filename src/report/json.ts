import type { Formatter } from './formatter.js';
import { terminalSafeJson } from './sanitize.js';

/** The stable machine format (cli.md, "Outputs"): the report as it is (escaped so that it is safe to print). */
const json: Formatter = (report) => `${terminalSafeJson(report)}\n`;
export default json;
