'use client';
// A client component with the callbacks: each writes what it heard into the page, where the test
// reads it after hydration.
import { AiTrainingVerdict } from '@ai-training-verdict/widget/react';
import { useState } from 'react';

export function Cards({ tool }) {
  const [loaded, setLoaded] = useState('');
  const [failed, setFailed] = useState('');
  return (
    <>
      <section id="with-callbacks">
        <AiTrainingVerdict
          tool={tool}
          theme="dark"
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
    </>
  );
}
