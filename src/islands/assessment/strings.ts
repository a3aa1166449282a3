/** The UI strings the final assessment's parts use, picked on the page and passed down. */
import { optionStrings } from '../blocks/OptionList.tsx';

export const assessmentStrings = [
  'assessmentStart', 'assessmentSaved', 'assessmentQuestion', 'assessmentSubmit', 'assessmentUnanswered', 'assessmentResult',
  'assessmentScore', 'assessmentPassed', 'assessmentFailed', 'assessmentBest', 'assessmentRetake', 'assessmentAnsweredRight',
  'assessmentAnsweredWrong', 'assessmentPrevious', 'assessmentNext', 'assessmentToReview', 'assessmentReviewHeading',
  'assessmentReviewCount', 'assessmentReviewItem', 'assessmentReviewAnswered', 'assessmentReviewUnanswered', 'assessmentReviewDropped',
  'assessmentConfirmHeading', 'assessmentConfirmReady', 'assessmentConfirmSubmit', 'assessmentConfirmBack', 'assessmentFirstUnanswered',
  'assessmentByModule', 'assessmentRevisit', 'assessmentModuleRight',
  'assessmentAnswersHeading', 'assessmentNotAnswered', 'assessmentYourAnswer', 'assessmentRightAnswer', 'assessmentDropped', 'assessmentDroppedHere',
  'chooseOne', 'chooseAll', ...optionStrings,
] as const;
export type AssessmentStrings = Record<(typeof assessmentStrings)[number], string>;

/** A module as the results link to it: its page and its lessons, with links already relative to the assessment page. */
export interface ModuleLinks { id: string; title: string; href: string; lessons: { title: string; href: string }[] }

/** Element ids focus moves to: the heading of each view. */
export const headings = {
  question: 'assessment-position',
  review: 'assessment-review',
  confirm: 'assessment-confirm',
  result: 'assessment-result',
} as const;
