/** `2022-05` → "May 2022"; `2021-08-30` → "30 August 2021". UTC, so the date never shifts. */
export function formatUpdatedDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  const when = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
  }).format(when)
}
