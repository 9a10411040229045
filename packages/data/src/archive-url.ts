// On its own module, like feed-url.ts: the card links archived copies, and a bundler takes a
// module's top-level code whole, so importing this from derive.ts would put the derived-value code
// (and the vocabularies it reads) in the widget's entry.

/** The permalink of an archived copy: that exact version of the file, which anyone can open. */
export function archivedCopyUrl(copy: {
  readonly repository: string;
  readonly commit: string;
  readonly path: string;
}): string {
  const path = copy.path.split('/').map(encodeURIComponent).join('/');
  return `https://github.com/${copy.repository}/blob/${copy.commit}/${path}`;
}
