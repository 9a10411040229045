/**
 * English interface text of the optional sections. It travels with the sections module, so a page
 * that shows only the default card never downloads it. The FAQ questions and the kinds of change
 * are the SDK's words. Every optional section's title is required here (`SectionTitles`); another
 * language's module in the SDK gives the titles it translates, and shows the others in English.
 */
import { labels, type InterfaceText } from '@ai-training-verdict/sdk';
import type { SectionTitles } from '../internal/sections.js';

const sections: InterfaceText['sections'] & SectionTitles = {
  optOutTitle: 'Can you opt out?',
  defaultState: {
    'training-on': 'If you do nothing, your data is used for training.',
    'training-off': 'If you do nothing, your data is not used for training.',
    unknown: 'What happens if you do nothing is not known.',
  },
  mechanism: {
    'settings-toggle': 'Settings toggle',
    'consent-prompt': 'Consent prompt',
    email: 'E-mail',
    'web-form': 'Web form',
    contract: 'Contract',
    'support-request': 'Support request',
  },
  deadline: 'Deadline {date}:',
  notKnown: 'Not known: none of the sources we have found covers this.',
  retentionTitle: 'Zero retention / DPA',
  retentionSince: 'since {date}',
  retentionPrevious: 'before: {previous}',
  zdr: 'Zero data retention (ZDR)',
  dpa: 'Data processing agreement (DPA)',
  listiclesTitle: 'What the listicles get wrong',
  claim: 'The claim:',
  faqTitle: 'Frequently asked questions',
  faq: labels.en.faq,

  historyTitle: 'Change history',
  change: labels.en.change,

  undated: 'Date not known',

  seenInArchive: 'Seen in the archive on {date}',
  before: 'Before:',
  after: 'After:',
  clausesTitle: 'Clause analysis',
  clauseFrom: 'From {document}',
  plainMeaning: 'Plain meaning',
  whyItMatters: 'Why it matters',
  interpretiveNote: 'Interpretive note',
  userImpact: 'What it means for you',
  products: 'Products covered',
  complianceTitle: 'Compliance notes',
  analysis: 'Analysis',
  regulations: 'Regulations implicated',
  exposure: 'Governance exposure',
  exposureLevel: { high: 'High', medium: 'Medium', low: 'Low' },
  jurisdictions: 'Jurisdictions flagged',
  regulatoryLandscape: 'Regulatory landscape',
  jurisdictionFlags: 'Jurisdiction flags',
  contractImplications: 'Contract and vendor implications',
  complianceConsiderations: 'Compliance considerations',
};

export default sections;
