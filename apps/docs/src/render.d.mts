import type { ToolRecord } from '@ai-training-verdict/data/schema';
export declare function escapeHtml(text: string): string;
export declare function renderOverview(data: { version: string; tools: ToolRecord[] }): string;
