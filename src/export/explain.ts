// `dyad code --explain`: each event as a few readable lines saying why it exists.
import type { EventRecord } from '../types.js';
import type { Model } from '../model.js';

/** Pattern ids -> their text, for showing the rule that fired. */
function patternTexts(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of model.verbs.byLemma.values()) for (const p of list) out.set(p.id, `${p.lemma} ${p.source.split(/\s+/).slice(1).join(' ')}`.trim());
  return out;
}

export function explainer(model: Model): (e: EventRecord) => string {
  const patterns = patternTexts(model);
  const actor = (a: EventRecord['source'] | null) => (a ? `${a.code ?? '(no code)'} "${a.text}"` : '(no target)');
  return (e) => {
    const label = model.codebook.codes.get(e.cameo)?.label ?? '';
    const rule = e.evidence.pattern.split(' + ').map((id) => (patterns.has(id) ? `${id} "${patterns.get(id)}"` : id)).join(' + ');
    const mode = Object.entries(e.modality ?? {}).filter(([, v]) => v).map(([k]) => k).join(', ');
    const lines = [
      `[${e.article} s${e.sentence}] ${e.text}`,
      `  ${e.cameo} ${label} | ${e.plover.type || '-'}${e.plover.mode ? `/${e.plover.mode}` : ''} | quad ${e.quadClass}, Goldstein ${e.goldstein}${mode ? ` | ${mode}` : ''}`,
      `  ${actor(e.source)} -> ${actor(e.target)}`,
      `  verb "${e.evidence.verb.text}" (${e.evidence.verb.start}-${e.evidence.verb.end}) matched ${rule}`,
      `  source: ${e.evidence.source ?? '-'}; target: ${e.evidence.target ?? '-'}`,
      `  date ${e.date ?? '-'}: ${e.dateBasis}${e.location ? `; place "${e.location.text}"` : ''}`,
    ];
    if (e.evidence.reportedBy) lines.push(`  reported by ${actor(e.evidence.reportedBy)}`);
    if (e.evidence.quote) lines.push(`  from the quotation "${e.evidence.quote.text}"`);
    return lines.join('\n') + '\n\n';
  };
}
