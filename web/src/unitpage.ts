// One unit: the SKM result and how it was reached, ZI perception, profile, comments, devices,
// gratification, follow-up, publication and exports. Each panel loads on its own, so one failing
// endpoint leaves the others readable; a panel whose data the role may not read is not there at all.
import { get, type Me } from './api';
import { h } from './dom';
import { t } from './i18n';
import { fill, panel } from './panel';
import { query, type Period } from './period';
import type { GratificationReport, SkmReport, ZiReport } from './reports';
import { regionFilter } from './regionfilter';
import { seesGratification } from './rights';
import { renderGratification, renderNrr, renderProfile, renderSkm, renderZi } from './unitpanels';
import { commentsPanel, devicesPanel } from './unitlists';
import { exportsPanel, followUpPanel, populationForm, publicationPanel } from './unitactions';

export function unitView(me: Me, code: string, period: Period, includeMisuse: boolean): HTMLElement {
  const q = `unit=${encodeURIComponent(code)}&${query(period, includeMisuse)}`;
  const name = me.units.find((u) => u.code === code)?.name ?? code;
  const skm = panel(t('skmTitle'), 'skm');
  const nrr = panel(t('nrrTitle'), 'nrr');
  const zi = panel(t('ziTitle'), 'zi');
  const profile = panel(t('profileTitle'), 'profile');
  // Gratification data is withheld from viewers by design (docs/api.md "Rights", ADR 0013; ADR 0045
  // leaves it out of their exports too), as the header leaves out the register: a right the role does
  // not have, not a failure, so the panel is neither asked for nor shown rather than shown refused.
  const grat = seesGratification(me.role) ? panel(t('gratTitle'), 'gratification') : null;
  // The SKM panels follow the village filter (a unit with an area); the other panels stay unit-wide.
  // Each panel shows the report of the region chosen last, whichever answer arrives first.
  let latest: Promise<SkmReport> | null = null;
  const current = async (): Promise<SkmReport> => {
    let asked: Promise<SkmReport> | null;
    do {
      asked = latest;
      await asked?.catch(() => undefined);
    } while (asked !== latest);
    return asked as Promise<SkmReport>;
  };
  let region = '';
  const showSkm = (chosen: string) => {
    region = chosen;
    latest = get<SkmReport>(`/api/v1/reports/skm?${q}${region ? `&region=${encodeURIComponent(region)}` : ''}`);
    void fill(skm, current, renderSkm);
    void fill(nrr, current, renderNrr);
    void fill(profile, current, renderProfile);
  };
  showSkm('');
  skm.root.insertBefore(regionFilter(code, showSkm), skm.body);
  skm.root.append(populationForm(me, code, period, () => showSkm(region)));
  void fill(zi, () => get<ZiReport>(`/api/v1/reports/zi?${q}`), renderZi);
  if (grat) void fill(grat, () => get<GratificationReport>(`/api/v1/reports/gratification?${q}`), renderGratification);
  return h('div', { class: 'unit-page' },
    h('h1', { id: 'unit-title' }, name, ' ', h('span', { class: 'muted unit-code' }, code)),
    h('div', { class: 'grid' },
      skm.root, nrr.root, zi.root, profile.root,
      commentsPanel(q), devicesPanel(q), grat?.root,
      followUpPanel(me, code, period), publicationPanel(me, code, period),
      exportsPanel(code, period, includeMisuse)));
}
