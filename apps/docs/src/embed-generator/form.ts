/**
 * The generator's options form: where the snippet goes, the variant, the tool (or the table's
 * tools), the card's sections, heading level and tier, the theme, the language, and a dark page for
 * the preview. It reads the element's choices and writes them back; the element does the rest.
 */
import { html, nothing } from 'lit';
import { PLATFORMS, VARIANTS, type Variant } from '../platforms.js';
import type { DocsEmbedGenerator } from './element.js';
import { LANGUAGES } from '../languages.js';

/** The value of the select (or input) an event came from. */
const value = (event: Event): string => (event.target as HTMLSelectElement).value;

/**
 * The ids of `order` that are in `chosen`, with `id` added or removed as the checkbox of `event`
 * now says. Kept in `order`, so the snippet is stable whatever the click order.
 */
function toggled(
  order: readonly string[],
  chosen: readonly string[],
  id: string,
  event: Event,
): string[] {
  const next = new Set(chosen);
  if ((event.target as HTMLInputElement).checked) next.add(id);
  else next.delete(id);
  return order.filter((each) => next.has(each));
}

/** Ticks or unticks a section; the card keeps the element's documented order. */
function toggleSection(g: DocsEmbedGenerator, id: string, event: Event): void {
  g.chosenSections = toggled(
    g.sections.map((s) => s.id),
    g.chosenSections,
    id,
    event,
  );
}

/** Ticks or unticks a tool of the table; the table keeps the catalog's order. */
function toggleTool(g: DocsEmbedGenerator, id: string, event: Event): void {
  g.tools = toggled(
    g.site.tools.map((t) => t.id),
    g.tools,
    id,
    event,
  );
}

/** A platform offers the variants that work there; its first is chosen unless one still fits. */
function choosePlatform(g: DocsEmbedGenerator, id: string): void {
  g.platform = id;
  const platform = PLATFORMS.find((p) => p.id === g.platform) ?? PLATFORMS[0]!;
  if (!platform.variants.includes(g.variant)) g.variant = platform.variants[0]!;
}

/** The form for the element `g`'s choices (`g.site` is set). */
export function optionsForm(g: DocsEmbedGenerator) {
  const variant = VARIANTS.find((v) => v.id === g.variant) ?? VARIANTS[0];
  const usesElement = variant.script;
  const platform = PLATFORMS.find((p) => p.id === g.platform) ?? PLATFORMS[0]!;
  const isCard = g.variant === 'card';
  const isTable = g.variant === 'table';
  const tool = g.site.tools.find((t) => t.id === g.tool);
  return html`<form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed options">
    <label class="title" for="platform">Where does it go?</label>
    <select id="platform" @change=${(e: Event) => choosePlatform(g, value(e))}>
      ${PLATFORMS.map(
        (p) => html`<option value=${p.id} ?selected=${p.id === g.platform}>${p.label}</option>`,
      )}
    </select>
    <p class="hint">${platform.how}</p>
    <label class="title" for="variant">Variant</label>
    <select id="variant" @change=${(e: Event) => (g.variant = value(e) as Variant)}>
      ${VARIANTS.filter((v) => platform.variants.includes(v.id)).map(
        (v) => html`<option value=${v.id} ?selected=${v.id === g.variant}>${v.label}</option>`,
      )}
    </select>
    ${
      isTable
        ? html`<fieldset>
            <legend>Tools</legend>
            ${g.site.tools.map(
              (t) =>
                html`<label class="check"
                  ><input
                    type="checkbox"
                    .checked=${g.tools.includes(t.id)}
                    @change=${(e: Event) => toggleTool(g, t.id, e)}
                  />${t.name}</label
                >`,
            )}
          </fieldset>`
        : html`<label class="title" for="tool">Tool</label>
            <select id="tool" @change=${(e: Event) => (g.tool = value(e))}>
              ${g.site.tools.map(
                (t) => html`<option value=${t.id} ?selected=${t.id === g.tool}>${t.name}</option>`,
              )}
            </select>`
    }
    ${
      isCard
        ? html`<fieldset>
              <legend>Sections</legend>
              <p class="hint">The card keeps its own order, whatever you tick.</p>
              ${g.sections.map(
                (s) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      name="section"
                      value=${s.id}
                      .checked=${g.chosenSections.includes(s.id)}
                      @change=${(e: Event) => toggleSection(g, s.id, e)}
                    />${s.label}</label
                  >`,
              )}
            </fieldset>
            <label class="title" for="heading">Heading level</label>
            <select id="heading" @change=${(e: Event) => (g.headingLevel = Number(value(e)))}>
              ${[2, 3, 4, 5, 6].map(
                (n) =>
                  html`<option value=${n} ?selected=${n === g.headingLevel}>
                    h${n}${n === 3 ? ' (default)' : ''}
                  </option>`,
              )}
            </select>`
        : nothing
    }
    ${
      isCard || g.variant === 'compact'
        ? html`<label class="title" for="tier">
              ${isCard ? 'Highlight a tier' : 'Show one tier'}
            </label>
            <select id="tier" @change=${(e: Event) => (g.tier = value(e))}>
              <option value="" ?selected=${!g.tier}>
                ${isCard ? 'None' : 'None: the headline verdict'}
              </option>
              ${(tool?.tiers ?? []).map(
                (t) => html`<option value=${t.id} ?selected=${t.id === g.tier}>${t.label}</option>`,
              )}
            </select>`
        : nothing
    }
    ${
      usesElement
        ? html`<label class="title" for="theme">Theme</label>
            <select
              id="theme"
              @change=${(e: Event) => (g.theme = value(e) as 'auto' | 'light' | 'dark')}
            >
              ${(['auto', 'light', 'dark'] as const).map(
                (t) =>
                  html`<option value=${t} ?selected=${t === g.theme}>
                    ${
                      t === 'auto'
                        ? 'Auto: follows the page (default)'
                        : t === 'light'
                          ? 'Light: its own light background'
                          : 'Dark: its own dark background'
                    }
                  </option>`,
              )}
            </select>`
        : nothing
    }
    <label class="title" for="lang">Language</label>
    <select id="lang" @change=${(e: Event) => (g.language = value(e))}>
      ${LANGUAGES.map(
        (l) => html`<option value=${l.id} ?selected=${l.id === g.language}>${l.label}</option>`,
      )}
    </select>
    <p class="hint">
      ${
        usesElement
          ? html`Sets <code>lang</code> on the element. Leave it on English to follow the
              <code>lang</code> of your page instead.`
          : 'The interface words; record text stays in English.'
      }
    </p>
    <label class="check"
      ><input
        type="checkbox"
        .checked=${g.darkPage}
        @change=${(e: Event) => (g.darkPage = (e.target as HTMLInputElement).checked)}
      />Preview on a dark page</label
    >
  </form>`;
}
