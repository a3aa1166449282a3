/**
 * Where the course content lives, relative to the project root. Tests point
 * COURSE_CONTENT_DIR at fixture folders to build broken courses on purpose.
 */
export const contentDir = process.env.COURSE_CONTENT_DIR ?? 'content';
