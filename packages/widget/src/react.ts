'use client';
/**
 * `@ai-training-verdict/widget/react`: both elements as React components, made with `@lit/react`.
 * Props are the elements' properties (`tool`, `sections`, `tier`, `headingLevel`, `compact`,
 * `theme`, `src`; `tools` for the table), typed from their classes, and the two events are
 * callbacks: `onLoad` (`ai-training-verdict-load`) and `onError` (`ai-training-verdict-error`).
 *
 * Why a wrapper when React 19 renders custom elements itself: after server rendering and hydration
 * (a Next.js app-router page), React 19's `onai-training-verdict-load` props never fire, a known
 * React issue. `@lit/react` sets every property and listener itself, in a layout effect, which runs
 * after hydration as after a client render.
 *
 * A client module (`'use client'`, kept first in the built file) that a Next.js server component
 * can import and render: the element is registered by the browser's copy of this module, and on
 * the server nothing is registered (see `defineElement`), so the server's HTML is the element with
 * its children, the fallback link, which the card replaces once the record loads.
 *
 * @example
 * ```tsx
 * import { AiTrainingVerdict } from '@ai-training-verdict/widget/react';
 *
 * <AiTrainingVerdict tool="jasper" headingLevel={2} onLoad={(event) => console.log(event.detail.record.name)}>
 *   <a href="https://www.jasper.ai/legal/terms">Jasper's terms</a>
 * </AiTrainingVerdict>;
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
// The registering modules: importing this module registers both tags in a browser.
import { AiTrainingTable as TableElement } from './ai-training-table/ai-training-table.js';
import { AiTrainingVerdict as VerdictElement } from './ai-training-verdict/ai-training-verdict.js';

// `@lit/react` sets a prop as a property when the element's prototype has it, and leaves the rest
// to React as attributes. Lit puts its properties on the prototype when the class is finalized,
// which registering it does: in a browser. Finalized here (by `observedAttributes`, which Lit reads
// at registration) so that the server, where nothing is registered, renders what the browser
// hydrates: the element and its children, no attribute for a property; the properties and the
// callbacks are then set after hydration, before the element starts loading.
void VerdictElement.observedAttributes;
void TableElement.observedAttributes;

/** An event's name typed with its event, from the one map that declares both (src/events/). */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) =>
  name as EventName<GlobalEventHandlersEventMap[K]>;

/** The callbacks of both components and the events they listen to (custom-elements.json's). */
const events = {
  /** The card (or, on the table, one tool's row) is on screen: `detail` has the record. */
  onLoad: event('ai-training-verdict-load'),
  /** A tool is unknown or its record could not be loaded: `detail.reason` says which. */
  onError: event('ai-training-verdict-error'),
};

/** `<ai-training-verdict>`: `<AiTrainingVerdict tool="jasper" onLoad={…} />`. */
export const AiTrainingVerdict = createComponent({
  react: React,
  tagName: 'ai-training-verdict',
  elementClass: VerdictElement,
  events,
  displayName: 'AiTrainingVerdict',
});

/** `<ai-training-table>`: `<AiTrainingTable tools="jasper claude" onLoad={…} />`. */
export const AiTrainingTable = createComponent({
  react: React,
  tagName: 'ai-training-table',
  elementClass: TableElement,
  events,
  displayName: 'AiTrainingTable',
});

/** The props of `AiTrainingVerdict`. */
export type AiTrainingVerdictProps = React.ComponentProps<typeof AiTrainingVerdict>;
/** The props of `AiTrainingTable`. */
export type AiTrainingTableProps = React.ComponentProps<typeof AiTrainingTable>;

export type {
  AiTrainingVerdictErrorDetail,
  AiTrainingVerdictErrorEvent,
} from './events/ai-training-verdict-error.js';
export type {
  AiTrainingVerdictLoadDetail,
  AiTrainingVerdictLoadEvent,
} from './events/ai-training-verdict-load.js';
