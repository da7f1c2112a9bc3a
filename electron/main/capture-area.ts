// What "PNG of the visible timeline" captures: the element the renderer marks with
// data-export="timeline" (else its section labelled "Timeline"), or the whole window when neither
// exists. Shared by main (capturePage) and the e2e harness (element screenshot). No electron import.
import { z } from 'zod';

export const EXPORT_AREA_SELECTOR = '[data-export="timeline"], section[aria-label="Timeline"]';

/** Runs in the page: the area's rectangle in CSS pixels, or null. */
export const EXPORT_AREA_SCRIPT = `(() => {
  const el = document.querySelector(${JSON.stringify(EXPORT_AREA_SELECTOR)});
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
})()`;

const rect = z.object({ x: z.number().int().min(0), y: z.number().int().min(0), width: z.number().int().min(1), height: z.number().int().min(1) });

export type CaptureRect = z.infer<typeof rect>;

/** The page's answer, checked: anything odd means "capture the whole window". */
export function parseCaptureRect(value: unknown): CaptureRect | null {
  const parsed = rect.safeParse(value);
  return parsed.success ? parsed.data : null;
}
