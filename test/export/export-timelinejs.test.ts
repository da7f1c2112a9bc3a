import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toTimelineJs, toTimelineJsString } from '../../electron/core/export/export-timelinejs';
import { doc, events } from './sample-timeline';

// Knight Lab's TimelineJS JSON format (timeline.knightlab.com/docs/json-format.html): a date object
// needs a year; month, day and the rest are optional; a slide has text with headline and text.
const dateSchema = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  hour: z.number().optional(),
  minute: z.number().optional(),
  display_date: z.string().optional(),
}).strict();
const slideSchema = z.object({
  start_date: dateSchema.optional(),
  end_date: dateSchema.optional(),
  text: z.object({ headline: z.string(), text: z.string() }).strict(),
  media: z.object({ url: z.string() }).optional(),
  group: z.string().optional(),
  display_date: z.string().optional(),
  background: z.object({}).optional(),
  autolink: z.boolean().optional(),
  unique_id: z.string().optional(),
}).strict();
const timelineSchema = z.object({
  title: slideSchema.optional(),
  events: z.array(slideSchema.extend({ start_date: dateSchema })),
  eras: z.array(z.object({})).optional(),
  scale: z.enum(['human', 'cosmological']).optional(),
}).strict();

describe('TimelineJS export', () => {
  const json = toTimelineJsString({ documents: [doc], events, title: 'Sample <timeline>' });
  const parsed = timelineSchema.parse(JSON.parse(json));
  const byId = new Map(parsed.events.map((e) => [e.unique_id, e]));

  it("validates against Knight Lab's format, one slide per event", () => {
    expect(parsed.events).toHaveLength(events.length);
    expect(parsed.title?.text.headline).toBe('Sample &lt;timeline&gt;');
  });

  it('gives each date the precision of its granularity, and an end only to intervals', () => {
    expect(byId.get('e-day')).toMatchObject({ start_date: { year: 2024, month: 10, day: 4 } });
    expect(byId.get('e-day')!.end_date).toBeUndefined();
    expect(byId.get('e-month')!.start_date).toEqual({ year: 2019, month: 3 });
    expect(byId.get('e-month')!.end_date).toBeUndefined();
    expect(byId.get('e-decade')!.start_date).toEqual({ year: 1980 });
    expect(byId.get('e-decade')!.end_date).toEqual({ year: 1989 });
    expect(byId.get('e-leap')!.end_date).toEqual({ year: 2023, month: 2, day: 28 });
  });

  it('writes BC years as negative years (ISO -0043 is 44 BC)', () => {
    expect(byId.get('e-bc')!.start_date).toEqual({ year: -44, month: 3, day: 15 });
  });

  it('escapes document text, which TimelineJS renders as HTML', () => {
    const month = toTimelineJs({ documents: [doc], events }).events.find((e) => e.unique_id === 'e-month')!;
    expect(month.text.text).not.toMatch(/<b>/);
    expect(month.text.headline).toBe('Prices, &quot;rose&quot;\nsharply');
    expect(month.text.text).toContain('<p>check; source, please</p>');
  });
});
