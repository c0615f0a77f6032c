/** Opens (or brings back) the presenter window on the same slide; `false` if pop-ups are blocked. */
export function openPresenter(): boolean {
  const url = new URL(location.href);
  url.searchParams.set('mode', 'presenter');
  const win = window.open(url, 'under-the-same-moon-presenter', 'popup,width=1100,height=760');
  win?.focus();
  return !!win;
}
