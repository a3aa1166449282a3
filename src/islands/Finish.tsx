/**
 * The finish page's island. Before the course is finished it says what is
 * left (the lessons not opened, with links, and the final assessment) and
 * offers no certificate; once it is, it says so, suggests what to do next,
 * and shows the certificate with its name field and print button.
 * It only reads progress: completion and success reach the LMS as before.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../i18n/languages.ts';
import { fill } from '../i18n/fill.ts';
import { browserStorage } from '../progress/browser-storage.ts';
import { readCertificateName, writeCertificateName } from '../progress/certificate-name.ts';
import { certificateDate, certificateName, NAME_MAX, type FinishStatus } from '../progress/finish.ts';
import { $learnerName } from '../tracking/page-progress.ts';
import Certificate, { certificateStrings } from './Certificate.tsx';
import { useFinishStatus } from './use-finish.ts';
import { useHydratedStore } from './use-hydrated-store.ts';

export const finishStrings = [
  'finishDoneHeading', 'finishDoneText', 'finishNextHeading', 'finishNextReviewLink', 'finishNextReviewText', 'finishNextGlossaryLink',
  'finishNextGlossaryText', 'presentAll', 'finishNextTrainersText', 'assessmentTitle', 'finishNextAssessmentText', 'finishLeftHeading',
  'finishLessonsLeft', 'finishLessonsDone', 'finishAssessmentNotTaken', 'finishAssessmentNotPassed', 'finishAssessmentPassed',
  'finishAssessmentLink', 'finishNoCertificate', 'certificateHeading', 'certificateNameLabel', 'certificateNameKept', 'certificateNameNotKept',
  'certificateNameFromLms', 'certificatePrint', 'certificatePrintHelp', ...certificateStrings,
] as const;
type S = Record<(typeof finishStrings)[number], string>;

interface Link { title: string; href: string }
export interface FinishModule extends Link {
  minutes: number;
  lessons: (Link & { key: string })[];
}

interface Props {
  lang: Lang;
  courseTitle: string;
  issuer: string;
  /** Every module with its lessons, in course order; links relative to the page. */
  modules: FinishModule[];
  links: { home: string; glossary: string; trainers: string; assessment: string };
  strings: S;
}

export default function Finish(props: Props) {
  const status = useFinishStatus();
  // Nothing before the saved progress is read: the static page must not claim either state.
  if (!status) return null;
  return status.finished ? <Finished {...props} status={status} /> : <Unfinished {...props} status={status} />;
}

function Unfinished({ modules, links, strings: s, status }: Props & { status: FinishStatus }) {
  const left = new Set(status.lessonsLeft);
  const { assessment: a } = status;
  return (
    <div class="finish">
      <section class="finish__section" aria-labelledby="finish-left">
        <h2 id="finish-left">{s.finishLeftHeading}</h2>
        {left.size === 0 ? (
          <p class="finish__check"><span aria-hidden="true">✓ </span>{s.finishLessonsDone}</p>
        ) : (
          <>
            <p>{fill(s.finishLessonsLeft, { n: left.size, total: status.lessonsTotal })}</p>
            <ul class="finish__left">
              {modules.filter((m) => m.lessons.some((l) => left.has(l.key))).map((m) => (
                <li key={m.href}>
                  <a href={m.href}>{m.title}</a>
                  <ul>{m.lessons.filter((l) => left.has(l.key)).map((l) => <li key={l.key}><a href={l.href}>{l.title}</a></li>)}</ul>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{s.assessmentTitle}</h3>
        {a.passed ? (
          <p class="finish__check"><span aria-hidden="true">✓ </span>{fill(s.finishAssessmentPassed, { score: a.bestScore ?? 0 })}</p>
        ) : (
          <>
            <p>{a.bestScore === undefined ? fill(s.finishAssessmentNotTaken, { mastery: a.masteryScore }) : fill(s.finishAssessmentNotPassed, { score: a.bestScore, mastery: a.masteryScore })}</p>
            <p><a class="button" href={links.assessment}>{s.finishAssessmentLink}</a></p>
          </>
        )}
        <p class="finish__note">{s.finishNoCertificate}</p>
      </section>
    </div>
  );
}

function Finished({ lang, courseTitle, issuer, modules, links, strings: s, status }: Props & { status: FinishStatus }) {
  const lmsName = useHydratedStore($learnerName, '');
  const [typed, setTyped] = useState('');
  const [kept, setKept] = useState(true);
  useEffect(() => {
    setTyped(readCertificateName());
    setKept(browserStorage() !== undefined);
  }, []);
  const { name, source } = certificateName(lmsName, typed);
  const score = status.assessment.bestScore ?? 0;
  const [beforeName, afterName = ''] = s.certificateNameFromLms.split('{name}');

  return (
    <div class="finish">
      <section class="finish__section finish__done" aria-labelledby="finish-done">
        <h2 id="finish-done"><span aria-hidden="true">✓ </span>{s.finishDoneHeading}</h2>
        <p>{fill(s.finishDoneText, { lessons: status.lessonsTotal, score, mastery: status.assessment.masteryScore })}</p>
        <h3>{s.finishNextHeading}</h3>
        <ul class="finish__next">
          <li><a href={links.home}>{s.finishNextReviewLink}</a>: {s.finishNextReviewText}</li>
          <li><a href={links.glossary}>{s.finishNextGlossaryLink}</a>: {s.finishNextGlossaryText}</li>
          <li><a href={links.trainers}>{s.presentAll}</a>: {s.finishNextTrainersText}</li>
          <li><a href={links.assessment}>{s.assessmentTitle}</a>: {s.finishNextAssessmentText}</li>
        </ul>
      </section>
      <section class="finish__section" aria-labelledby="certificate-heading">
        <h2 id="certificate-heading">{s.certificateHeading}</h2>
        {source === 'lms' ? (
          <p>{beforeName}<bdi class="finish__lms-name">{name}</bdi>{afterName}</p>
        ) : (
          <div class="finish__field">
            <label for="certificate-name">{s.certificateNameLabel}</label>
            <input id="certificate-name" type="text" autocomplete="name" maxLength={NAME_MAX} value={typed} aria-describedby="certificate-name-help"
              onInput={(event) => {
                const value = event.currentTarget.value;
                setTyped(value);
                setKept(writeCertificateName(value));
              }} />
            <p id="certificate-name-help" class="finish__help">{kept ? s.certificateNameKept : s.certificateNameNotKept}</p>
          </div>
        )}
        <p class="finish__print">
          <button type="button" class="button" aria-describedby="certificate-print-help" onClick={() => window.print()}>{s.certificatePrint}</button>
          <span id="certificate-print-help" class="finish__help">{s.certificatePrintHelp}</span>
        </p>
        <Certificate courseTitle={courseTitle} issuer={issuer} name={name} score={score} masteryScore={status.assessment.masteryScore}
          modules={modules.map((m) => ({ title: m.title, minutes: m.minutes }))} date={certificateDate(new Date(), lang)} strings={s} />
      </section>
    </div>
  );
}
