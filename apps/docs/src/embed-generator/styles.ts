/** The embed generator's stylesheet: the options form beside the snippet, its copy button and preview. */
import { css } from 'lit';

export const generatorStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    font-size: 15px;
    line-height: 1.5;
    color: #1f1f1f;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(15rem, 19rem) minmax(0, 1fr);
    gap: 1.5rem;
    align-items: start;
  }
  @media (max-width: 720px) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  form {
    display: grid;
    gap: 1rem;
    padding: 1rem;
    border: 1px solid #d0d5dd;
    border-radius: 8px;
    background: #f8f9fb;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.25rem;
  }
  legend,
  label.title {
    font-weight: 600;
    padding: 0 0 0.25rem;
  }
  select {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    padding: 0.3rem;
  }
  .check {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
  }
  .hint {
    color: #5f6368;
    font-size: 0.875em;
    margin: 0;
  }
  .output {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  h3 {
    margin: 0;
    font-size: 1rem;
  }
  .preview {
    box-sizing: border-box;
    width: 100%;
    border: 1px solid #d0d5dd;
    border-radius: 8px;
    height: 24rem;
    background: #fff;
  }
  pre.preview {
    height: auto;
    margin: 0;
    padding: 0.75rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    font:
      13px/1.45 ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      monospace;
    padding: 0.75rem;
    border: 1px solid #d0d5dd;
    border-radius: 8px;
    background: #fff;
    color: #1f1f1f;
    resize: vertical;
  }
  .copy {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.4rem 1rem;
    border-radius: 6px;
    border: 1px solid #0b57d0;
    background: #0b57d0;
    color: #fff;
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 2px solid #0b57d0;
    outline-offset: 2px;
  }
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #b06000;
    background: #fef7e0;
  }
`;
