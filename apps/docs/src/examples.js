// Which tools the stories, the embed generator and the plain page show as examples: picked from
// the dataset (site.json's tools, written from listTools()), never by name, so a record that is
// added, renamed or removed can never leave an example pointing at a tool that is not there.
// The browser tests use the same functions to know what each page should show.

/**
 * Id of the example record for the states that need one (a never-verified record) and of the
 * example redirect: made-up records and ids, in the docs' examples release only (scripts/prepare.mjs).
 */
export const EXAMPLE_UNVERIFIED_ID = 'example-unverified';
export const EXAMPLE_OLD_ID = 'example-old-id';

/**
 * The tool the examples show: the first of the catalog (sorted by id) that has a fallback link
 * (an https source), so that the examples with a link inside the element have one; the first of
 * the catalog when none has.
 *
 * @template {{ id: string, fallback?: unknown }} Tool
 * @param {{ tools: readonly Tool[] }} site site.json, or anything with its `tools`
 * @returns {Tool}
 */
export function exampleTool(site) {
  const tool = site.tools.find((t) => t.fallback) ?? site.tools[0];
  if (!tool) throw new Error('The dataset has no tools');
  return tool;
}

/**
 * A second tool, for examples that show two: the last of the catalog, or the first when the last
 * is the example tool (the example tool itself when the dataset has only one).
 *
 * @template {{ id: string, fallback?: unknown }} Tool
 * @param {{ tools: readonly Tool[] }} site
 * @returns {Tool}
 */
export function otherTool(site) {
  const example = exampleTool(site);
  const last = site.tools.at(-1) ?? example;
  return last.id !== example.id ? last : (site.tools[0] ?? example);
}

/**
 * A typo of an id, as a reader makes one: its second and third letters swapped ("jasper" gives
 * "jsaper"), or, where those are the same letter or the id is too short, its last letter doubled.
 *
 * @param {string} id
 * @returns {string}
 */
export function misspell(id) {
  if (id.length >= 3 && id[1] !== id[2]) return `${id[0]}${id[2]}${id[1]}${id.slice(3)}`;
  return `${id}${id.slice(-1)}`;
}
