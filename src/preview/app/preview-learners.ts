/** The preview LMS's learners, and the wrong saved states it can hand out to test the course's guard against them. */

export const LEARNERS = [
  { id: 'learner-ada', name: 'Ada Preview' },
  { id: 'learner-bo', name: 'Bo Preview' },
] as const;

/** Which saved state a launch hands the course: the learner's own (normal), or by mistake another learner's or another course's. */
export type SavedStateSource = 'own' | 'other-learner' | 'other-course';

/** suspend_data as another course made with the same tool would leave it: the same format, modules this course does not have. */
export const OTHER_COURSE_STATE = 'v2~Qz_A.B..!Rw-.C~0:1~';
