// A server component, as a blog post page of an app-router site is: it imports the widget's
// package root (here for its version) and renders the wrapper, a client module, itself.
import { VERSION } from '@ai-training-verdict/widget';
import { AiTrainingVerdict } from '@ai-training-verdict/widget/react';
import { Cards } from './cards';

// The tool the test picked from the packed data (test/consumers.test.mjs), set when it builds.
const tool = process.env.NEXT_PUBLIC_ATV_TOOL ?? '';

export default function Page() {
  return (
    <main>
      <h1>Does it train on your data?</h1>
      <p id="version">Widget {VERSION}</p>
      <section id="from-server">
        <AiTrainingVerdict tool={tool} headingLevel={2}>
          <a href="https://example.org/terms">The tool&apos;s terms</a>
        </AiTrainingVerdict>
      </section>
      <Cards tool={tool} />
    </main>
  );
}
