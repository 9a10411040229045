/**
 * The elements' reactive base: Lit's renderer (lit-html) under a custom element that turns
 * attributes into properties and property changes into one batched render, with the lifecycle
 * names of Lit's `ReactiveElement` (`properties`, `willUpdate`, `render`, `requestUpdate`,
 * `updateComplete`).
 *
 * Why not `LitElement`: the CDN entry has a budget of 9 kB gzip with Lit included (issue #4), and
 * `LitElement` with `ReactiveElement` is 6.0 kB of it before a card has a line of its own. This base
 * is what the two elements use of it (attribute converters for strings, numbers and booleans,
 * reflection, state, adopted styles), at about a tenth of the size. It is internal: subclass the
 * elements, not this.
 */
import { render, type TemplateResult } from 'lit/html.js';

/** How a property maps to an attribute, as in Lit's `static properties`. */
export interface PropertyDeclaration {
  /** The attribute's name (default: the property's name, lowercased); none for `state`. */
  readonly attribute?: string;
  /** `Number` or `Boolean` convert the attribute's text; anything else keeps it as a string. */
  readonly type?: typeof Number | typeof Boolean;
  /** Writes the property back to the attribute when it is set. */
  readonly reflect?: boolean;
  /** Internal state: re-renders, has no attribute. */
  readonly state?: boolean;
}

export type PropertyDeclarations = Readonly<Record<string, PropertyDeclaration>>;

/** The properties changed since the last render, with their previous values. */
export type PropertyValues = ReadonlyMap<string, unknown>;

type Constructor = typeof ReactiveBase;

/** Per class: attribute name -> property name, and the adopted style sheet. */
const attributes = new WeakMap<Constructor, Map<string, string>>();
const sheets = new WeakMap<Constructor, CSSStyleSheet>();

/** `HTMLElement`, or a stand-in where there is none (a server importing the module), so importing
 * the elements never throws; only `customElements.define` needs the real one (see define.ts). */
const Element = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export abstract class ReactiveBase extends Element {
  /** The reactive properties. A subclass spreads its base's and adds its own. */
  static properties: PropertyDeclarations = {};

  /** The element's styles, adopted by its shadow root. */
  static styles = '';

  /** Attribute names of the `properties` that have one: the platform calls back for these. */
  static get observedAttributes(): string[] {
    return [...attributeMap(this).keys()];
  }

  #values = new Map<string, unknown>();
  #changed = new Map<string, unknown>();
  #pending = false;
  #enabled = false;
  #reflecting = false;
  #done: Promise<unknown> = Promise.resolve(true);

  constructor() {
    super();
    const ctor = this.constructor as Constructor;
    attributeMap(ctor); // defines the accessors on first use
    // A property set before the element was defined is an own property shadowing its accessor.
    for (const name of Object.keys(ctor.properties)) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  /** Resolves once the pending render (if any) is on screen. */
  get updateComplete(): Promise<unknown> {
    return this.#done;
  }

  /** Asks for a render in the next microtask; `name` and `old` record what changed. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#pending || !this.#enabled) return;
    this.#pending = true;
    this.#done = Promise.resolve().then(() => this.#update());
  }

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const ctor = this.constructor as Constructor;
      let sheet = sheets.get(ctor);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(ctor.styles);
        sheets.set(ctor, sheet);
      }
      root.adoptedStyleSheets = [sheet];
    }
    this.#enabled = true;
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const ctor = this.constructor as Constructor;
    const name = attributeMap(ctor).get(attribute);
    if (!name || this.#reflecting) return;
    const type = ctor.properties[name]!.type;
    (this as Record<string, unknown>)[name] =
      type === Boolean ? value !== null : type === Number && value !== null ? Number(value) : value;
  }

  /** Before each render, with what changed; property changes made here join this render. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** The shadow root's content. */
  protected abstract render(): TemplateResult;

  #update(): boolean {
    try {
      this.willUpdate(this.#changed);
    } finally {
      // Even when willUpdate throws, the next change must be able to schedule a render.
      this.#changed = new Map();
      this.#pending = false;
    }
    render(this.render(), this.shadowRoot!, { host: this });
    return true;
  }

  /** @internal Stores a property's new value, reflects it if asked to, and schedules a render. */
  _set(name: string, value: unknown): void {
    const old = this.#values.get(name);
    if (Object.is(old, value)) return;
    this.#values.set(name, value);
    const options = (this.constructor as Constructor).properties[name]!;
    if (options.reflect) {
      const attribute = options.attribute ?? name.toLowerCase();
      this.#reflecting = true;
      if (value === undefined || value === null || value === false) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : String(value));
      this.#reflecting = false;
    }
    this.requestUpdate(name, old);
  }

  /** @internal */
  _get(name: string): unknown {
    return this.#values.get(name);
  }
}

/** The attribute map of a class, defining its properties' accessors the first time. */
function attributeMap(ctor: Constructor): Map<string, string> {
  let map = attributes.get(ctor);
  if (!map) {
    attributes.set(ctor, (map = new Map()));
    for (const [name, options] of Object.entries(ctor.properties)) {
      if (!options.state) map.set(options.attribute ?? name.toLowerCase(), name);
      Object.defineProperty(ctor.prototype, name, {
        get(this: ReactiveBase) {
          return this._get(name);
        },
        set(this: ReactiveBase, value: unknown) {
          this._set(name, value);
        },
        configurable: true,
      });
    }
  }
  return map;
}
