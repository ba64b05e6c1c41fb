/** The page kinds the overlay knows, recognised from the frame's URL (PLATFORM.md routes). */
export type PageKind = 'plan' | 'task' | 'strategy' | 'draw' | 'inspectors' | 'results' | 'other';

const ROUTES: Array<[RegExp, PageKind]> = [
  [/\/sccheck\/pubscworkplan/, 'plan'],
  [/\/sccheck\/scplantask/, 'task'],
  [/\/entback\/(randompage|random|lock|look)/, 'draw'],
  [/\/entback\//, 'strategy'],
  [/\/entagent/, 'inspectors'],
  [/\/sccheck\/pubscentresult/, 'results'],
];

export interface RecognisedPage {
  kind: PageKind;
  path: string;
}

export function recognisePage(href: string): RecognisedPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!/^\/(syn|reg)\//.test(url.pathname)) return null;
  const hit = ROUTES.find(([re]) => re.test(url.pathname));
  return { kind: hit ? hit[1] : 'other', path: url.pathname };
}
