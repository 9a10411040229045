/** English interface text of `<ai-training-table>`; bundled with that element only. */
import type { InterfaceText } from '@ai-training-verdict/sdk';

const table: InterfaceText['table'] = {
  caption: 'Which AI tools train on your data?',
  tool: 'Tool',
  training: 'Training',
  optOut: 'Opt-out',
  zdrDpa: 'ZDR / DPA',
  verified: 'Last verified',
  evidence: 'Evidence',
  onVendorText: "Vendor's own text for {n} of {total} tiers",
  missing: 'No verdict for {list}.',
  failed: 'The comparison of AI tools could not be loaded.',
};

export default table;
