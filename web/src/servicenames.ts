// A service in the words of the viewer's language, from the service profiles the devices are set up with
// (core/resources/services/*.json). A key no profile knows (a unit's own service) is shown as it came.
import { currentLang } from './i18n';
import bkkbn from '../../core/resources/services/bkkbn.json';
import lapas from '../../core/resources/services/lapas.json';

type Words = { id: string; en: string };

const names = new Map<string, Words>();
for (const profile of [lapas, bkkbn]) {
  for (const s of profile.services) {
    if (!names.has(s.key)) names.set(s.key, s.label);
  }
}

export function serviceName(key: string): string {
  const words = names.get(key);
  if (!words) return key;
  return currentLang() === 'en' ? words.en : words.id;
}
