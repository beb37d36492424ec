// How this page was opened, as the browser tells it.

/** Whether this page was reloaded (F5, the Reload menu item), not opened afresh. */
export function pageReloaded(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload';
}
