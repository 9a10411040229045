// The index's search: filters the list of tools as you type. Without JavaScript the list is all
// there and the search box stays hidden. Case- and accent-insensitive, over each tool's id, name,
// vendor and other names (the list's data-terms).
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const hint = document.getElementById('search-hint');
const input = document.getElementById('search');
const none = document.getElementById('no-match');
const items = [...document.querySelectorAll('#tools li')].map((li) => ({
  li,
  terms: fold(li.dataset.terms ?? ''),
}));
if (hint && input && none) {
  hint.hidden = false;
  input.addEventListener('input', () => {
    const query = fold(input.value.trim());
    let shown = 0;
    for (const { li, terms } of items) {
      li.hidden = query !== '' && !terms.includes(query);
      if (!li.hidden) shown += 1;
    }
    none.hidden = shown > 0;
  });
}
