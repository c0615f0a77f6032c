/** Fills `{name}` placeholders in an interface string: `fill('Chapter {n}', { n: 2 })`. */
export type Vars = Readonly<Record<string, string | number>>;

export function fill(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
