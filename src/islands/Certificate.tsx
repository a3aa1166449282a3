/**
 * The certificate of completion, in the course language: what prints, alone, on
 * one A4 page (src/styles/finish.css). The name is untrusted text (from the LMS or
 * typed): only ever a text node, in <bdi> so a right-to-left name keeps its place.
 */
import { fill } from '../i18n/fill.ts';

export const certificateStrings = [
  'certificateTitle', 'certificateCertifies', 'certificateNoName', 'certificateCompleted', 'certificateScore', 'certificateContents',
  'certificateDate', 'minutes',
] as const;
type S = Record<(typeof certificateStrings)[number], string>;

export interface CertificateProps {
  courseTitle: string;
  /** Who issues it: the course's tagline. */
  issuer: string;
  /** '' leaves a line to write the name on by hand. */
  name: string;
  score: number;
  masteryScore: number;
  modules: { title: string; minutes: number }[];
  /** The date, already written out in the course language. */
  date: string;
  strings: S;
}

export default function Certificate({ courseTitle, issuer, name, score, masteryScore, modules, date, strings: s }: CertificateProps) {
  const minutes = modules.reduce((n, m) => n + m.minutes, 0);
  return (
    <article class="certificate" aria-labelledby="certificate-title">
      <h3 id="certificate-title" class="certificate__title">{s.certificateTitle}</h3>
      <p class="certificate__line">{s.certificateCertifies}</p>
      <p class="certificate__name">
        {name ? <bdi>{name}</bdi> : <span class="certificate__blank"><span class="visually-hidden">{s.certificateNoName}</span></span>}
      </p>
      <p class="certificate__line">{s.certificateCompleted}</p>
      <p class="certificate__course">{courseTitle}</p>
      <p class="certificate__line">{fill(s.certificateScore, { score, mastery: masteryScore })}</p>
      <div class="certificate__contents">
        <p>{fill(s.certificateContents, { modules: modules.length, minutes })}</p>
        <ol class="certificate__modules">
          {modules.map((m) => <li key={m.title}>{m.title} <span class="certificate__minutes">({fill(s.minutes, { n: m.minutes })})</span></li>)}
        </ol>
      </div>
      <p class="certificate__date">{fill(s.certificateDate, { date })}</p>
      <p class="certificate__issuer">{issuer}</p>
    </article>
  );
}
