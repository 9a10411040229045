import { expect } from '@open-wc/testing';
import { defineWhenUsed } from './autoload.js';

let count = 0;
const freshTag = (): string => `autoload-test-${++count}`;
/** Resolves after the observer's callbacks for what was just added have run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('defineWhenUsed', () => {
  it('loads at once when the element is already on the page', async () => {
    const tag = freshTag();
    const element = document.body.appendChild(document.createElement(tag));
    let loads = 0;
    defineWhenUsed(tag, async () => {
      loads++;
    });
    await settle();
    expect(loads).to.equal(1);
    element.remove();
  });

  it('waits for the first element, added later anywhere in the document, and loads once', async () => {
    const tag = freshTag();
    let loads = 0;
    defineWhenUsed(tag, async () => {
      loads++;
    });
    await settle();
    expect(loads, 'nothing on the page yet').to.equal(0);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<section><${tag}></${tag}></section>`;
    document.body.append(wrapper);
    await settle();
    expect(loads).to.equal(1);
    document.body.append(document.createElement(tag));
    await settle();
    expect(loads, 'a second element loads nothing more').to.equal(1);
    wrapper.remove();
  });

  it('tries again for the next element when a load fails', async () => {
    const tag = freshTag();
    let loads = 0;
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      defineWhenUsed(tag, async () => {
        loads++;
        if (loads === 1) throw new Error('offline');
      });
      document.body.append(document.createElement(tag));
      await settle();
      await settle();
      expect(loads).to.equal(1);
      expect(warnings.join(' ')).to.include(`<${tag}> could not be loaded`);
      document.body.append(document.createElement(tag));
      await settle();
      expect(loads).to.equal(2);
    } finally {
      console.warn = warn;
      for (const element of document.querySelectorAll(tag)) element.remove();
    }
  });

  it('does nothing for a tag that is already defined', async () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    let loads = 0;
    defineWhenUsed(tag, async () => {
      loads++;
    });
    document.body.append(document.createElement(tag));
    await settle();
    expect(loads).to.equal(0);
    for (const element of document.querySelectorAll(tag)) element.remove();
  });
});
