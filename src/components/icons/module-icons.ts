/** A small icon per module on the course home; a module without one gets the book. */
const byModule: Record<string, string> = {
  'why-work': 'briefcase',
  history: 'history',
  principles: 'compass',
  'five-stages': 'route',
  ips: 'heart-handshake',
  customised: 'puzzle',
  'young-people': 'graduation-cap',
  'natural-support': 'users',
  evidence: 'chart-column',
};

export function moduleIcon(moduleId: string): string {
  return byModule[moduleId] ?? 'book-open';
}
