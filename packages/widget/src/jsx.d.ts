/**
 * JSX typings for React 19 (and other JSX users of React's types): with them, TypeScript checks
 * `<ai-training-verdict tool="jasper" theme="dark" />` and `<ai-training-table tools="…" />` like
 * built-in elements, so a typo in an attribute or a value is a compile error.
 *
 * The package root and each element module reference this file (`export type {} from './jsx.js'`),
 * so importing the element is enough; `import type {} from '@ai-training-verdict/widget/jsx'` does
 * the same on its own.
 *
 * Written by hand as a .d.ts (the build copies it to dist/): TypeScript cannot emit the merged
 * React interfaces below from a .ts file. test/jsx.test.mjs type-checks it, `skipLibCheck` off, in
 * a React 19 app and in a project without React, and holds it to custom-elements.json: the same
 * elements, attributes, `theme` values and events as the manifest, or the test fails. Attributes use their HTML names (`heading-level`), which React 19 sets as
 * attributes; events use React 19's custom-element form, `on` + the event's exact name. React 19
 * does not fire those event props after server rendering and hydration (Next.js): there, use the
 * components of `@ai-training-verdict/widget/react` (src/react.ts), whose callbacks fire.
 *
 * @example
 * ```tsx
 * import '@ai-training-verdict/widget';
 *
 * <ai-training-verdict
 *   tool="jasper"
 *   heading-level={2}
 *   onai-training-verdict-error={(event) => console.log(event.detail.reason)}
 * >
 *   <a href="https://www.jasper.ai/legal/terms">Jasper's terms</a>
 * </ai-training-verdict>;
 * ```
 */
import type { AiTrainingTable } from './ai-training-table/ai-training-table.component.js';
import type { AiTrainingVerdict } from './ai-training-verdict/ai-training-verdict.component.js';
import type { AiTrainingVerdictErrorEvent } from './events/ai-training-verdict-error.js';
import type { AiTrainingVerdictLoadEvent } from './events/ai-training-verdict-load.js';

/** What both elements take: the data source, the colour theme and the two events. */
export interface AiTrainingVerdictSharedAttributes {
  /** URL of a pinned data release (`data.json`) to read instead of the bundled data. */
  src?: string;
  /** `auto` (follows the page), `light` or `dark`. */
  theme?: 'auto' | 'light' | 'dark';
  /** The card or table for the tool(s) has rendered. */
  'onai-training-verdict-load'?: (event: AiTrainingVerdictLoadEvent) => void;
  /** A tool is unknown or its record could not be loaded. */
  'onai-training-verdict-error'?: (event: AiTrainingVerdictErrorEvent) => void;
}

/** The attributes of `<ai-training-verdict>`; see the element's documentation for each. */
export interface AiTrainingVerdictAttributes extends AiTrainingVerdictSharedAttributes {
  /** Id of the tool, e.g. `jasper`. */
  tool?: string;
  /** Space-separated section tokens, e.g. `answer tiers sources`, or `all`. */
  sections?: string;
  /** A tier to highlight, by id, label or plan name. */
  tier?: string;
  /** Level of the card's heading. */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  /** The inline, badge-sized variant for running text. */
  compact?: boolean;
}

/** The attributes of `<ai-training-table>`; see the element's documentation for each. */
export interface AiTrainingTableAttributes extends AiTrainingVerdictSharedAttributes {
  /** Tool ids separated by spaces or commas, in the order of the rows, e.g. `jasper claude ai21`. */
  tools?: string;
}

declare module 'react' {
  // Declared empty so they merge with React's own interfaces of the same names when @types/react is
  // installed, and still resolve when it is not: a project without React that imports the element
  // then type-checks cleanly even with `skipLibCheck` off.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
  interface ClassAttributes<T> {}
  // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type
  interface HTMLAttributes<T> {}

  namespace JSX {
    interface IntrinsicElements {
      'ai-training-verdict': ClassAttributes<AiTrainingVerdict> &
        HTMLAttributes<AiTrainingVerdict> &
        AiTrainingVerdictAttributes;
      'ai-training-table': ClassAttributes<AiTrainingTable> &
        HTMLAttributes<AiTrainingTable> &
        AiTrainingTableAttributes;
    }
  }
}
