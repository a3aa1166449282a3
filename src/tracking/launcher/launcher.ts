/**
 * The SCORM launch page. It finds the LMS, holds the one session for the
 * whole visit, and shows the course in a frame, starting at the learner's
 * bookmark. Course pages in the frame save through the session it publishes
 * as `window.__seIpsSession` (see ../launcher-link.ts). Its bar has the
 * "Save and exit" button, and it asks the learner about work kept in the
 * browser while the LMS was down, before the course opens.
 * Without an LMS it simply opens the course, which then saves in the browser.
 */
import index from 'virtual:course-index';
import { browserStorage } from '../../progress/browser-storage.ts';
import { decodeState } from '../../progress/state-codec.ts';
import type { Scope } from '../../progress/scoring.ts';
import { findLmsApi } from '../scorm/find-api.ts';
import { connect } from '../scorm/lms-connection.ts';
import { createLmsSession, type LmsSession, type OfflineWork } from '../scorm/lms-session.ts';
import { fill } from '../../i18n/fill.ts';

/** The launcher's own words, in the page's language. */
export interface LauncherText {
  lmsExited: string;
  lmsExitedUnconfirmed: string;
  /** Leaving when no LMS answered at launch: what happens to the work. */
  lmsOffline: string;
  lmsReview: string;
  /** The exit button's name in review, where nothing is saved. */
  lmsExit: string;
  lmsExitedReview: string;
  offlineWorkTitle: string;
  /** With {date}, {lessons}, {answers} and {score}. */
  offlineWorkText: string;
  /** With {score}. */
  offlineWorkScore: string;
  offlineWorkUse: string;
  offlineWorkDiscard: string;
}

export interface LauncherConfig {
  /** "course", or a module id for a module package. */
  scope: string;
  /** Where to start when there is no bookmark (relative to the launch page). */
  start: string;
  /** Every lesson key and its address relative to the launch page. */
  lessons: Record<string, string>;
  lang: string;
  text: LauncherText;
}

/** Asks whether work kept in this browser is the learner's; resolves with the answer. Nothing happens until they choose. */
function askAboutOfflineWork(root: HTMLElement, config: LauncherConfig, work: OfflineWork): Promise<boolean> {
  const { text } = config;
  const date = new Intl.DateTimeFormat(config.lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(work.at));
  const panel = document.createElement('section');
  panel.className = 'launcher-ask';
  panel.setAttribute('aria-labelledby', 'launcher-ask-title');
  const title = Object.assign(document.createElement('h1'), { id: 'launcher-ask-title', textContent: text.offlineWorkTitle });
  const score = work.score !== undefined ? fill(text.offlineWorkScore, { score: work.score }) : '';
  const body = Object.assign(document.createElement('p'), { textContent: fill(text.offlineWorkText, { date, lessons: work.lessons, answers: work.answers, score }) });
  const use = Object.assign(document.createElement('button'), { type: 'button', className: 'launcher-button', textContent: text.offlineWorkUse });
  const discard = Object.assign(document.createElement('button'), { type: 'button', className: 'launcher-button launcher-button--secondary', textContent: text.offlineWorkDiscard });
  const actions = document.createElement('p');
  actions.append(use, ' ', discard);
  panel.append(title, body, actions);
  root.prepend(panel);
  use.focus();
  return new Promise((resolve) => {
    const answer = (yes: boolean) => { panel.remove(); resolve(yes); };
    use.addEventListener('click', () => answer(true));
    discard.addEventListener('click', () => answer(false));
  });
}

/** "Save and exit": save, set exit, terminate once, and tell the learner they may close the window. In review there is nothing to save, and the record stays as it was. */
function saveAndExit(root: HTMLElement, config: LauncherConfig, session: LmsSession, review: boolean) {
  session.finish();
  const frame = root.querySelector('iframe');
  frame?.remove();
  const bar = root.querySelector<HTMLElement>('.launcher-bar');
  bar?.querySelector('button')?.remove();
  const note = root.querySelector<HTMLElement>('.launcher-bar__note');
  if (note) {
    const status = session.status();
    note.textContent = review ? config.text.lmsExitedReview : status === 'saved' ? config.text.lmsExited : status === 'offline' ? config.text.lmsOffline : config.text.lmsExitedUnconfirmed;
    note.tabIndex = -1;
    note.focus();
  }
}

export async function startLauncher(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.dataset.config ?? '{}') as LauncherConfig;
  const frame = root.querySelector('iframe')!;
  const found = findLmsApi(window);
  if (!found) {
    window.location.replace(config.start);
    return;
  }
  const scope: Scope = config.scope === 'course' ? { kind: 'course' } : { kind: 'module', moduleId: config.scope };
  const session = createLmsSession({ connection: connect(found), index, scope, localStorage: browserStorage() });
  const started = session.start();
  window.__seIpsSession = session;

  // The page may be hidden or left while the learner is still deciding: save what there is all the same.
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') session.save(); });
  window.addEventListener('pagehide', () => session.finish());
  // No beforeunload prompt: inside an LMS frame it cannot be answered sensibly, and the browser copy keeps the work.

  const bar = root.querySelector<HTMLElement>('.launcher-bar');
  if (bar) {
    bar.hidden = false;
    const button = bar.querySelector('button');
    button?.addEventListener('click', () => saveAndExit(root, config, session, started.review));
    if (started.review) {
      root.querySelector<HTMLElement>('.launcher-bar__note')!.textContent = config.text.lmsReview;
      if (button) button.textContent = config.text.lmsExit;
    }
  }

  let text = started.text;
  if (started.offlineWork) {
    session.useOfflineWork(await askAboutOfflineWork(root, config, started.offlineWork));
    text = session.read();
  }
  // The bookmark travels in the saved state, which always reaches the LMS (see write-stamp.ts); the LMS's own
  // location may be stale, so it is only a fallback, and only if it names one of our lessons.
  // Object.hasOwn, not `in`: a location like "constructor" would find Object's own properties.
  const bookmark = decodeState(index, text).state.last ?? (Object.hasOwn(config.lessons, started.location) ? started.location : undefined);
  frame.src = (bookmark && config.lessons[bookmark]) || config.start;
}
