import type { RuleDescription } from '../engine/catalogue.js';

export declare function formatDefault(value: unknown): string;
export declare function cells(row: string): string[];
export declare const NO_OPTIONS: string;
export declare function idCell(id: string): string;
export declare function updateOptionsTable(page: string, description: Pick<RuleDescription, 'options'>): string;
export declare function updateCriteriaTable(readme: string, descriptions: Pick<RuleDescription, 'id' | 'criterion' | 'description' | 'severity' | 'sources'>[]): string;
