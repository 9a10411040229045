/**
 * The tag of the elements' styles: it returns the text as written, and marks it as CSS for editors
 * and for the CDN build, which minifies `css` literals. Styles are static, so it takes no values.
 */
export const css = (strings: TemplateStringsArray): string => strings.join('');
