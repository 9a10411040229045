// A Vite React app (client rendering): the wrapper with its callbacks, each writing what it heard
// into the page, where the test reads it.
import { AiTrainingVerdict } from '@ai-training-verdict/widget/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The tool the test picked from the packed data (test/consumers.test.mjs), set when it builds.
const tool = import.meta.env.VITE_ATV_TOOL ?? '';

function App() {
  const [loaded, setLoaded] = useState('');
  const [failed, setFailed] = useState('');
  return (
    <main>
      <h1>Does it train on your data?</h1>
      <section id="with-callbacks">
        <AiTrainingVerdict
          tool={tool}
          headingLevel={2}
          onLoad={(event) => setLoaded(event.detail.record.name)}
        >
          <a href="https://example.org/terms">The tool&apos;s terms</a>
        </AiTrainingVerdict>
        <AiTrainingVerdict
          tool="no-such-tool-anywhere"
          onError={(event) => setFailed(`${event.detail.tool}: ${event.detail.reason}`)}
        >
          <a href="https://example.org/other">Another tool&apos;s terms</a>
        </AiTrainingVerdict>
      </section>
      <p id="loaded">{loaded}</p>
      <p id="failed">{failed}</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
