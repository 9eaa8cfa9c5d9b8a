// A service in the words of the viewer's language, from the service profiles the devices are set up with
// (core/resources/services/*.json) or the unit's own list the server sent. A key nobody names is shown
// as it came.
import { currentLang } from './i18n';
import bkkbn from '../../core/resources/services/bkkbn.json';
import lapas from '../../core/resources/services/lapas.json';

export type Words = { id: string; en: string };

const names = new Map<string, Words>();
for (const profile of [lapas, bkkbn]) {
  for (const s of profile.services) {
    if (!names.has(s.key)) names.set(s.key, s.label);
  }
}

// `fromServer` is the report's own service_name (the unit's service lists, which also name a service the
// unit added itself); without it the built-in profiles are asked.
export function serviceName(key: string, fromServer?: Words | null): string {
  const words = fromServer ?? names.get(key);
  if (!words) return key;
  return currentLang() === 'en' ? words.en : words.id;
}
