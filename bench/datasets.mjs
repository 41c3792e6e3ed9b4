// Datasets for the benchmark, made from the bundled one: larger synthetic stories (never
// committed), and the same events in TimelineJS3's JSON format.

/** The story copied `factor` times with terse text, so it stays under the 2 MB dataset limit. */
export function synthetic(data, factor) {
  const source = data.sources[0].id;
  const sources = [source];
  // Every quote says the language it was spoken in: here the story's own, so none is a translation.
  const spoken = { language: data.meta.language };
  const issues = [];
  const events = [];
  for (let k = 0; k < factor; k++) {
    for (const i of data.issues) {
      issues.push({
        id: `${i.id}-${k}`, title: `${i.title} ${k}`, summary: 'Synthetic.',
        why_it_matters: { text: 'Synthetic.', sources },
        positions: i.positions.map((p) => ({ party: p.party, quote: 'words', spoken, speaker: 'S', sources })),
        // A joint text stands for its parties' positions: without it the story does not validate.
        ...(i.joint ? { joint: { ...i.joint, ...(i.joint.quote ? { spoken } : {}), sources } } : {}),
        outcome: { status: i.outcome.status, text: 'Synthetic.', sources },
        sources,
      });
    }
    for (const e of data.events) {
      events.push({
        id: `${e.id}-${k}`, date: e.date, kind: e.kind, era: e.era, title: `${e.title} ${k}`, summary: 'Synthetic.',
        issues: (e.issues ?? []).map((x) => `${x}-${k}`), sources,
      });
    }
  }
  return { meta: data.meta, parties: data.parties, issues, events, eras: data.eras, sources: data.sources.slice(0, 1) };
}

const tlDate = (s) => {
  const [year, month, day] = s.split('-').map(Number);
  return { year, month, day };
};

/** The same events, eras and title in TimelineJS3's format. */
export function toTimelineJs(data) {
  const era = (id) => data.eras.find((e) => e.id === id)?.label;
  return {
    title: { text: { headline: data.meta.title, text: data.meta.standfirst } },
    events: data.events.map((e) => {
      const [start, end] = e.date.split('/');
      return {
        unique_id: e.id, start_date: tlDate(start), end_date: end ? tlDate(end) : undefined,
        text: { headline: e.title, text: e.summary }, group: era(e.era),
      };
    }),
    eras: data.eras.map((e) => ({ start_date: tlDate(e.start), end_date: tlDate(e.end), text: { headline: e.label } })),
  };
}

/**
 * A story's events as a sheet in TimelineJS's template columns (CSV): each event's date in the
 * Year, Month, Day and End columns, its title as the Headline, its summary as the Text with a
 * link to its first source (or, given `urls`, to one of them in turn), as a newsroom's
 * TimelineJS sheet would have them.
 */
export function timelineSheet(data, urls = []) {
  const columns = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
    'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'];
  const cell = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const parts = (date) => { const [y, m = '', d = ''] = date.split('-'); return [String(Number(y)), m && String(Number(m)), d && String(Number(d))]; };
  const url = (id) => data.sources.find((s) => s.id === id)?.url;
  const rows = [columns, ['', '', '', '', '', '', '', '', '', data.meta.title, data.meta.standfirst, '', '', '', '', 'title', '', '']];
  for (const [i, e] of data.events.entries()) {
    const [start, end] = e.date.split('/');
    const link = urls.length > 0 ? urls[i % urls.length] : url(e.sources[0]);
    const text = link ? `<p>${e.summary} <a href="${link}">Source</a></p>` : `<p>${e.summary}</p>`;
    rows.push([...parts(start), '', ...(end ? parts(end) : ['', '', '']), '', '', e.title, text, '', '', '', '', '', '', '']);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}
