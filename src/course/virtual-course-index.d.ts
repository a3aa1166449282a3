declare module 'virtual:course-index' {
  const index: import('./course-index.ts').CourseIndex;
  export default index;
}
