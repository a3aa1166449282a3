/** The course languages. nb is the reference language and the default. */
export const languages = ['nb', 'sv', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'nb';

/** Each language's name written in that language, for the language switch. */
export const languageNames: Record<Lang, string> = {
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  en: 'English',
};

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}
