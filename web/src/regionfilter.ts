// The village filter of a unit with an area (its region_prefixes, ADR 0035): province → kabupaten/kota →
// kecamatan → desa, each list loaded when the level above is chosen (GET /api/v1/regions?unit=&parent=,
// docs/api.md). The deepest level chosen is the report's region; none chosen is the whole unit.
import { get } from './api';
import { append, clear, h } from './dom';
import { t } from './i18n';
import { errorText } from './errors';
import type { RegionList } from './reports';

const LEVELS = ['regionProvince', 'regionKabupaten', 'regionKecamatan', 'regionDesa'] as const;

const listOf = (unit: string, parent: string) =>
  get<RegionList>(`/api/v1/regions?unit=${encodeURIComponent(unit)}${parent ? `&parent=${encodeURIComponent(parent)}` : ''}`);

// Empty until the unit's area is known; stays empty for a unit without one. A list that cannot be
// loaded says so in place of the filter, and the report stays the whole unit's.
export function regionFilter(unit: string, onChange: (region: string) => void): HTMLElement {
  const root = h('form', { class: 'region-filter', id: 'region-filter', 'aria-label': t('regionFilter') });
  const message = h('p', { class: 'error', role: 'alert', hidden: true });
  const selects = LEVELS.map((key, i) => h('select', { id: `region-level-${i + 1}`, name: key, disabled: true }));
  const chosen = () => selects.map((s) => s.value).filter(Boolean).pop() ?? '';

  const load = async (level: number, parent: string): Promise<boolean> => {
    const select = selects[level];
    clear(select);
    append(select, h('option', { value: '' }, level === 0 ? t('regionWholeUnit') : t('regionAll')));
    try {
      const { regions } = await listOf(unit, parent);
      for (const r of regions) append(select, h('option', { value: r.code }, `${r.name} (${r.code})`));
      select.disabled = regions.length === 0;
      message.hidden = true;
      return regions.length > 0;
    } catch (e) {
      message.textContent = t('regionLoadFailed', errorText(e));
      message.hidden = false;
      return false;
    }
  };

  selects.forEach((select, level) => {
    select.addEventListener('change', () => {
      for (const below of selects.slice(level + 1)) {
        clear(below);
        below.disabled = true;
      }
      if (select.value && level + 1 < selects.length) void load(level + 1, select.value);
      onChange(chosen());
    });
  });

  void load(0, '').then((hasArea) => {
    if (!hasArea && message.hidden) return; // no area: nothing to filter by
    append(root, ...LEVELS.flatMap((key, i) => [h('label', { for: selects[i].id }, t(key)), selects[i]]), message);
  });
  return root;
}
