import type { Catalogue } from './types';

/** English wording. Values in {{braces}} are filled in by the rule; keep them in both languages. */
export const en: Catalogue = {
  rules: {
    'headline/missing': {
      description: 'The article has a headline.',
      messages: { default: 'The headline is missing.' },
    },
    'headline/too-long': {
      description: 'The headline fits the house length limit.',
      messages: {
        default: 'The headline is {{length}} characters long; the limit is {{max}}.',
      },
    },
    'headline/all-caps': {
      description: 'The headline is not written in capitals.',
      messages: { default: 'The headline is in capitals; write it in sentence or title case.' },
    },
    'headline/trailing-period': {
      description: 'The headline has no full stop at the end.',
      messages: { default: 'The headline ends with a full stop.' },
      fixes: { remove: 'Remove the full stop' },
    },
    'byline/missing-author': {
      description: 'The byline names at least one author.',
      messages: { default: 'The byline names no author.' },
    },
    'byline/author-format': {
      description: 'Byline names are written as they should print.',
      messages: {
        prefix: 'Remove "{{prefix}}" from the author name "{{name}}".',
        punctuation: 'The author name "{{name}}" has stray punctuation.',
        digits: 'The author name "{{name}}" contains digits; a date or time may be stuck to it.',
        allCaps: 'The author name "{{name}}" is in capitals.',
        lowerCase: 'The author name "{{name}}" is not capitalised.',
      },
      fixes: {
        strip: 'Change to "{{name}}"',
        titleCase: 'Change to "{{name}}"',
      },
    },
    'byline/unknown-author': {
      description: 'Byline authors are on the newsroom roster.',
      messages: { default: '"{{name}}" is not on the newsroom roster.' },
    },
    'byline/missing-date': {
      description: 'The byline has a publication date and time.',
      messages: { default: 'The byline has no publication date.' },
    },
    'byline/invalid-date': {
      description: 'The publication time is a real ISO 8601 time with an offset.',
      messages: {
        default:
          'The publication time "{{value}}" is not a valid date and time with an offset (like 2025-09-29T18:33:00+07:00).',
      },
    },
    'byline/future-date': {
      description: 'The publication time is not in the future.',
      messages: {
        minutes: 'The publication time {{value}} is {{minutes}} minutes in the future.',
        hours: 'The publication time {{value}} is about {{hours}} hours in the future.',
      },
    },
    'byline/credit-mismatch': {
      description: 'Byline authors are credited, and credited writers are in the byline.',
      messages: {
        authorNotCredited: '{{name}} is in the byline but not credited as writer or editor.',
        writerNotInByline: '{{name}} is credited as writer but not in the byline.',
      },
      fixes: {
        addCredit: 'Credit {{name}} as writer',
        addToByline: 'Add {{name}} to the byline',
      },
    },
    'dateline/missing': {
      description: 'The article says where it was reported from.',
      messages: { default: 'The dateline is missing.' },
    },
    'dateline/format': {
      description: 'The dateline place is written as it should print.',
      messages: {
        punctuation: 'The dateline place "{{place}}" carries punctuation; the layout adds it.',
        lowercase: 'The dateline place "{{place}}" is all lower case.',
      },
      fixes: {
        strip: 'Change to "{{place}}"',
        capitalise: 'Change to "{{place}}"',
      },
    },
    'credits/missing-writer': {
      description: 'The credits name a writer.',
      messages: { default: 'No writer is credited.' },
      fixes: { addBylineAuthors: 'Credit {{names}} as writer' },
    },
    'credits/missing-editor': {
      description: 'The credits name an editor.',
      messages: { default: 'No editor is credited.' },
    },
    'credits/duplicate': {
      description: 'Nobody is credited twice in the same role.',
      messages: {
        default: '{{name}} is credited as {{role}} twice (also credit {{first}}).',
      },
      fixes: { remove: 'Remove the repeated credit' },
    },
    'credits/unknown-role': {
      description: 'Credit roles are ones the newsroom uses.',
      messages: {
        default: '"{{role}}" (for {{name}}) is not a credit role this newsroom uses ({{known}}).',
      },
    },
    'figure/missing-image': {
      description: 'Every figure has an image.',
      messages: { default: 'The photo has no image file or address.' },
    },
    'figure/missing-alt': {
      description: 'Every image has alternative text for screen readers.',
      messages: { default: 'The photo has no alternative text for screen readers.' },
      fixes: { useCaption: 'Use the caption as alternative text' },
    },
    'caption/missing': {
      description: 'Every photo has a caption.',
      messages: { default: 'The photo has no caption.' },
    },
    'caption/missing-credit': {
      description: 'Every photo credits its photographer or source.',
      messages: { default: 'The photo has no credit.' },
    },
    'caption/credit-format': {
      description: 'Photo credits follow the house form.',
      messages: { default: 'The photo credit "{{credit}}" is not in the house form ({{format}}).' },
    },
    'caption/too-long': {
      description: 'Captions fit the house length limit.',
      messages: { default: 'The caption is {{length}} characters long; the limit is {{max}}.' },
    },
    'caption/no-terminal-punctuation': {
      description: 'Captions end with a full stop.',
      messages: { default: 'The caption does not end with a full stop.' },
      fixes: { addFullStop: 'Add a full stop' },
    },
    'related/missing-url': {
      description: 'Every related link has an address.',
      messages: { default: 'The related link "{{title}}" has no address.' },
    },
    'related/invalid-url': {
      description: 'Related links are absolute http(s) addresses on a real host.',
      messages: {
        notAbsolute: '"{{url}}" is not a complete web address (it needs https://).',
        scheme:
          '"{{url}}" is not a web address; related links must start with http:// or https://.',
        host: '"{{url}}" does not name a real host ("{{host}}").',
        whitespace: '"{{url}}" contains spaces.',
        credentials: '"{{url}}" contains a user name or password.',
      },
      fixes: { addScheme: 'Change to {{url}}' },
    },
    'related/disallowed-domain': {
      description: 'Related links point only at the domains the newsroom allows.',
      messages: { default: 'Links to {{host}} are not allowed here (allowed: {{allowed}}).' },
    },
    'related/missing-title': {
      description: 'Every related link has a title.',
      messages: { default: 'The related link has no title.' },
    },
    'related/duplicate': {
      description: 'No related link appears twice.',
      messages: { default: 'This related link repeats an earlier one (block {{first}}): {{url}}' },
      fixes: { remove: 'Remove this link' },
    },
    'related/too-many': {
      description: 'The article has no more related links than the house allows.',
      messages: { default: 'The article has {{count}} related links; the limit is {{max}}.' },
    },
    'related/placement': {
      description:
        'Related links sit after the story has started, not two in a row, and (when the profile says so) not after it ends.',
      messages: {
        first: 'A related link comes before the story starts; move it below the first paragraphs.',
        adjacent: 'Two related links in a row; put copy between them or drop one.',
        last: 'A related link comes after the story ends; move it between paragraphs.',
      },
    },
    'text/unbalanced-quotes': {
      description: 'Quotation marks pair up.',
      messages: {
        mismatched: 'The quotation opened with {{open}} is closed with {{close}}.',
        unclosed: 'The quotation opened with {{open}} is never closed.',
        unopened: 'The closing {{close}} has no opening quotation mark.',
      },
      fixes: { replaceClosing: 'Replace {{from}} with {{to}}' },
    },
    'text/double-space': {
      description: 'Words are separated by a single space.',
      messages: { default: '{{count}} spaces in a row.' },
      fixes: { collapse: 'Use one space' },
    },
    'text/leftover-boilerplate': {
      description: 'The body holds no site furniture or promotion.',
      messages: { default: 'This looks like site boilerplate, not copy: "{{line}}"' },
      fixes: {
        removeBlock: 'Remove the paragraph',
        removeLine: 'Remove the line',
      },
    },
  },
  ui: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    summary: {
      none: 'No problems found.',
      errors_one: '{{count}} error',
      errors_other: '{{count}} errors',
      warnings_one: '{{count}} warning',
      warnings_other: '{{count}} warnings',
      infos_one: '{{count}} note',
      infos_other: '{{count}} notes',
    },
    fix: {
      applied_one: 'Applied {{count}} fix.',
      applied_other: 'Applied {{count}} fixes.',
      none: 'Nothing to fix automatically.',
      written: 'Wrote {{path}}.',
    },
    where: {
      block: 'block {{n}}',
      chars: 'chars {{start}}-{{end}}',
      article: 'article',
      fixHint: 'fix: {{title}}',
    },
  },
};
