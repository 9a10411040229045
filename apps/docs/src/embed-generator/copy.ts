/** The generator's "Copy snippet" button: what it does, and what its status line then says. */

/**
 * Puts `text` on the clipboard and returns the words for the status line. Without clipboard
 * permission (an embedded frame, an old browser) it selects the snippet in `area` for Ctrl+C
 * instead, and says so.
 */
export async function copySnippet(text: string, area: HTMLTextAreaElement | null): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    area?.focus();
    area?.select();
    return 'Selected: press Ctrl+C (⌘C) to copy.';
  }
  return 'Copied to the clipboard.';
}
