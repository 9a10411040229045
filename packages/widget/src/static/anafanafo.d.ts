// anafanafo (CommonJS) has no typings of its own: the width of `text` in px in one of its fonts.
declare module 'anafanafo' {
  export default function measure(text: string, options: { font: string; guess?: boolean }): number;
}
